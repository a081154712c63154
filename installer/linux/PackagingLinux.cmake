# Linux: DEB and RPM with the desktop entry, AppStream metainfo, hicolor icons, the MIME
# type of workspaces and man pages. Runtime library dependencies are computed from the
# binaries (dpkg-shlibdeps / rpm's autoreq); Qt plugins loaded at run time are named here.
include(GNUInstallDirs)
set(_linux ${CMAKE_CURRENT_LIST_DIR})
install(FILES ${_linux}/io.github.indicia.Indicia.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/io.github.indicia.Indicia.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_linux}/indicia-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME indicia.xml)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME indicia.svg)
foreach(_size 64 128 256)
  install(FILES ${_linux}/indicia-${_size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps RENAME indicia.png)
endforeach()
install(FILES ${_linux}/../man/indicia.1 ${_linux}/../man/indicia-cli.1 ${_linux}/../man/indicia-tenant.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# RPM only where rpmbuild exists (Debian machines build the .deb; `apt-get install rpm`
# adds the .rpm).
find_program(RPMBUILD_EXECUTABLE rpmbuild)
set(CPACK_GENERATOR "DEB")
if(RPMBUILD_EXECUTABLE)
  list(APPEND CPACK_GENERATOR "RPM")
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time (not visible to dpkg-shlibdeps): SQLite driver, SVG icons,
# the X11/Wayland platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-sql, qt6-qtsvg")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
