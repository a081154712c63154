# One INTERFACE target carries the language level, warnings and strict Qt defines.
# Every library and executable of the project links it; nothing sets flags elsewhere.
add_library(indicia_common INTERFACE)
target_compile_features(indicia_common INTERFACE cxx_std_20)
target_include_directories(indicia_common INTERFACE ${PROJECT_SOURCE_DIR})

if(MSVC)
  target_compile_options(indicia_common INTERFACE /W4 /permissive- /utf-8)
  if(INDICIA_WERROR)
    target_compile_options(indicia_common INTERFACE /WX)
  endif()
else()
  target_compile_options(indicia_common INTERFACE -Wall -Wextra -Wpedantic)
  if(INDICIA_WERROR)
    target_compile_options(indicia_common INTERFACE -Werror)
  endif()
endif()

target_compile_definitions(indicia_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  INDICIA_VERSION="${PROJECT_VERSION}")

if(INDICIA_SANITIZE)
  string(REPLACE "," ";" _san_list "${INDICIA_SANITIZE}")
  list(JOIN _san_list "," _san)
  target_compile_options(indicia_common INTERFACE -fsanitize=${_san} -fno-omit-frame-pointer)
  target_link_options(indicia_common INTERFACE -fsanitize=${_san})
endif()

# Fuzzing builds: coverage instrumentation in every library, so libFuzzer is guided by the
# parsers' branches (the fuzz targets themselves add -fsanitize=fuzzer for the driver).
if(INDICIA_FUZZ)
  target_compile_options(indicia_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
