# Windows: an NSIS installer with the Qt runtime deployed by windeployqt, a start-menu
# entry, the .indicia file association and an uninstaller.
#   cmake --build build --config Release && cmake --build build --target package
# Needs NSIS (makensis on PATH) and Qt's windeployqt (found next to qmake).
find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(WINDEPLOYQT)
  install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-translations --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/indicia.exe\")")
endif()
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_DISPLAY_NAME "Indicia")
set(CPACK_NSIS_PACKAGE_NAME "Indicia")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/indicia.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\indicia.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES "indicia;Indicia")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.indicia' '' 'Indicia.Workspace'
  WriteRegStr HKCR 'Indicia.Workspace' '' 'Indicia workspace'
  WriteRegStr HKCR 'Indicia.Workspace\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\indicia.exe\\\" --workspace \\\"%1\\\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR '.indicia'
  DeleteRegKey HKCR 'Indicia.Workspace'")
