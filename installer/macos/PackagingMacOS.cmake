# macOS: indicia as an app bundle (Info.plist with the .indicia document type and the
# icon), the Qt frameworks deployed by macdeployqt, and a DMG.
#   cmake --build build && cmake --build build --target package
set_target_properties(indicia PROPERTIES
  MACOSX_BUNDLE ON
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER io.github.indicia.Indicia
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
find_program(MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin")
if(MACDEPLOYQT)
  install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/indicia.app\")")
endif()
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Indicia")
