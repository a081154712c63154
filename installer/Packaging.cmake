# Packaging as build targets: `cmake --build build --target package` (or `cpack -G DEB`
# in the build directory). One include per platform holds what is specific to it.
set(CPACK_PACKAGE_NAME "indicia")
set(CPACK_PACKAGE_VENDOR "The Indicia developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for indicators of compromise")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Indicia developers <indicia@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/indicia/indicia")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Indicia")
set(CPACK_STRIP_FILES ON)

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/PackagingWindows.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/PackagingMacOS.cmake)
else()
  include(${CMAKE_CURRENT_LIST_DIR}/linux/PackagingLinux.cmake)
endif()

include(CPack)
