# lint/translations: every tr() string reaches the .ts file under the context the program
# looks it up with, and the English plural forms are complete.
#  - lupdate must resolve each tr() call's context: a home-made `tr` helper or a tr() in a
#    class without Q_OBJECT / Q_DECLARE_TR_FUNCTIONS files the string where no lookup finds it.
#  - resources/translations/indicia_en.ts holds the plural messages ("%n ...(s)") with both
#    English forms filled; a new one must be added (update_translations target) and filled.
# Usage: cmake -DROOT=<source dir> -DLUPDATE=<lupdate> -DWORK=<scratch dir> -P translations.cmake
cmake_minimum_required(VERSION 3.20)
foreach(var ROOT LUPDATE WORK)
  if(NOT ${var})
    message(FATAL_ERROR "translations.cmake: pass -D${var}=...")
  endif()
endforeach()

set(committed "${ROOT}/resources/translations/indicia_en.ts")
file(MAKE_DIRECTORY "${WORK}")
set(fresh "${WORK}/indicia_en.ts")
configure_file("${committed}" "${fresh}" COPYONLY)
execute_process(
  COMMAND "${LUPDATE}" -I "${ROOT}" -pluralonly -no-obsolete -locations none
          "${ROOT}/app" "${ROOT}/ui" "${ROOT}/models" "${ROOT}/service" -ts "${fresh}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
endif()

set(problems "")
string(REPLACE "\n" ";" lines "${out}\n${err}")
foreach(line IN LISTS lines)
  if(line MATCHES "lacks Q_OBJECT|Cannot invoke tr|tr\\(\\) cannot be called|Discarding unconsumed")
    list(APPEND problems "${line}  (use a Q_OBJECT class's tr, or a struct with Q_DECLARE_TR_FUNCTIONS(Context))")
  endif()
endforeach()
# lupdate's own counts include the non-plural strings it then strips, so compare the
# messages themselves: the committed file must hold exactly the plural messages in use.
function(read_sources file out)
  file(READ "${file}" text)
  string(REPLACE ";" "&#59;" text "${text}") # a CMake list separator inside a message
  string(REGEX MATCHALL "<source>[^<]*</source>" sources "${text}")
  set(${out} "${sources}" PARENT_SCOPE)
endfunction()
read_sources("${fresh}" wanted)
read_sources("${committed}" held)
set(missing ${wanted})
set(stale ${held})
if(held)
  list(REMOVE_ITEM missing ${held})
endif()
if(wanted)
  list(REMOVE_ITEM stale ${wanted})
endif()
if(missing)
  list(APPEND problems "plural message(s) missing from indicia_en.ts: ${missing}  (build the update_translations target and fill both English forms)")
endif()
if(stale)
  list(APPEND problems "indicia_en.ts holds message(s) no source uses any more: ${stale}  (build update_translations)")
endif()
file(READ "${committed}" ts)
string(REGEX MATCHALL "<numerusform></numerusform>|<numerusform/>|type=\"unfinished\"" empty "${ts}")
list(LENGTH empty emptyCount)
if(emptyCount GREATER 0)
  list(APPEND problems "indicia_en.ts has ${emptyCount} empty or unfinished plural form(s): write the English singular and plural")
endif()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "Translation problems:\n  ${text}")
endif()
message(STATUS "translations: every tr() context resolves; English plural forms complete")
