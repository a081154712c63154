# lint/layering: the layer rule of DESIGN.md, checked on every source file's #include lines.
#   engine/   plain C++: no Qt, nothing from the layers above it
#   models/   no QtWidgets, no ui/, service/ or app/
#   ui/       talks to models/ only: from engine/ just the vocabulary headers below, no SQL
#   service/  the tenant: the engine only, never models/ or ui/
# The build enforces part of this (engine links no Qt, models no Widgets); this script
# catches what linking cannot: ui/ reaching into the engine or SQL, which models/ brings in.
# Usage: cmake -DROOT=<source dir> -P layering.cmake
cmake_minimum_required(VERSION 3.20)
if(NOT ROOT)
  message(FATAL_ERROR "layering.cmake: pass -DROOT=<source dir>")
endif()

# The engine headers ui/ may use as vocabulary: the indicator's own types (type, action,
# severity, the Indicator struct) that every screen shows. Everything else goes through models.
set(UI_ENGINE_VOCABULARY "engine/indicator.h")

set(violations "")
function(check_layer layer pattern why)
  file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${ROOT}/${f}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
      if(line MATCHES "${pattern}")
        list(APPEND violations "${f}: ${line}  (${why})")
      endif()
    endforeach()
  endforeach()
  set(violations "${violations}" PARENT_SCOPE)
endfunction()

check_layer(engine "[<\"]Q|[<\"]qt|\"(models|ui|service|app)/" "engine/ includes no Qt and nothing above it")
check_layer(models "QtWidgets|[<\"]QWidget|[<\"]QApplication|[<\"]QDialog|\"(ui|service|app)/" "models/ has no QtWidgets and nothing above it")
check_layer(service "\"(models|ui|app)/|QtWidgets|[<\"]QWidget" "service/ uses the engine only")
check_layer(ui "\"(service|app)/|[<\"]QSql|QtSql" "ui/ talks to models/ only and runs no SQL")

# ui/ may include from engine/ only the vocabulary headers.
file(GLOB_RECURSE ui_files RELATIVE "${ROOT}" "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp")
foreach(f IN LISTS ui_files)
  file(STRINGS "${ROOT}/${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"engine/")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE ".*\"(engine/[^\"]+)\".*" "\\1" header "${line}")
    if(NOT header IN_LIST UI_ENGINE_VOCABULARY)
      list(APPEND violations "${f}: ${line}  (ui/ may use only ${UI_ENGINE_VOCABULARY} from the engine)")
    endif()
  endforeach()
endforeach()

# ...nor name SQL types or the engine's inner namespaces that models/ headers bring along.
foreach(f IN LISTS ui_files)
  file(STRINGS "${ROOT}/${f}" lines REGEX "QSql[A-Za-z]+|[^A-Za-z_](match|text|telemetry|codec)::")
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    list(APPEND violations "${f}: ${line}  (ui/ runs no SQL and uses the engine through models/)")
  endforeach()
endforeach()

list(LENGTH violations count)
if(count GREATER 0)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "lint/layering: ${count} include(s) cross the layer rule:\n  ${text}")
endif()
message(STATUS "lint/layering: every include keeps to the layer rule")
