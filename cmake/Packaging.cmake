# `cpack -G DEB` in a build folder: a Debian package of everything
# `cmake --install` installs (both executables, desktop file, metainfo, icon,
# MIME type, translations). Run-time dependencies come from dpkg-shlibdeps
# (dpkg-dev); the Qt plugins the app loads without linking them are listed
# by hand.
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ocispecstudio
  RENAME copyright)

set(CPACK_PACKAGE_NAME ocispecstudio)
set(CPACK_PACKAGE_VENDOR "The OCI Spec Studio developers")
set(CPACK_PACKAGE_CONTACT "The OCI Spec Studio developers <ocispecstudio@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "OCI runtime specs exactly as Docker builds them: editor and CLI")
set(CPACK_PACKAGE_DESCRIPTION
  "Edit a Docker managed plugin's manifest or a container's Engine API config and see,
on every edit, the OCI runtime spec Docker Engine 29.7.2 builds from them, byte for
byte, with where every value came from, a diff against a baseline and validation
findings. Contains the desktop application (ocistudio) and the command line (ocispec).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SVG icon engine is a plugin, loaded at run time, so dpkg-shlibdeps does
# not see it: depend on the package that ships it (libqt6svg6 on Debian 12,
# qt6-svg-plugins on Debian 13).
set(ocistudio_svg_package libqt6svg6)
find_program(DPKG_QUERY dpkg-query)
set(ocistudio_svg_plugin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/iconengines/libqsvgicon.so")
if(DPKG_QUERY AND EXISTS "${ocistudio_svg_plugin}")
  execute_process(COMMAND ${DPKG_QUERY} -S "${ocistudio_svg_plugin}"
    OUTPUT_VARIABLE ocistudio_svg_owner ERROR_QUIET RESULT_VARIABLE ocistudio_svg_rc)
  if(ocistudio_svg_rc EQUAL 0 AND ocistudio_svg_owner MATCHES "^([^:, ]+)")
    set(ocistudio_svg_package ${CMAKE_MATCH_1})
  endif()
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${ocistudio_svg_package}")
# Qt's own translations; the runtime-spec schema that validation reads.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, golang-github-opencontainers-specs-dev")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "runc")

include(CPack)
