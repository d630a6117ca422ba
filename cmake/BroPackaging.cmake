# Debian packages built by cpack (docs/install.md): `bro-server` (the server, its hardened
# systemd unit, system user and default configuration) and `bro` (the desktop app with its
# desktop entry, icon and AppStream metadata). Included once, at the end of the top-level
# CMakeLists.txt, after the targets exist, so that every install rule lives here.
#
#   cpack -G DEB --config build/CPackConfig.cmake                 both packages
#   cpack -G DEB --config build/CPackConfig.cmake -D CPACK_COMPONENTS_ALL=bro-server
#
# The sources are in dist/; tests/package builds the server's package and checks it.

include_guard(GLOBAL)

set(BRO_PACKAGE_MAINTAINER "Bro <bro@bro.no>" CACHE STRING
    "Maintainer field of the Debian packages (and their changelog)")
set(BRO_PACKAGE_RELEASE 1 CACHE STRING
    "Debian revision of the packages: raise it for a new package of the same version")

set(_bro_dist ${PROJECT_SOURCE_DIR}/dist)
set(_bro_gen ${PROJECT_BINARY_DIR}/dist)
set(_bro_deb_version ${PROJECT_VERSION}-${BRO_PACKAGE_RELEASE})
find_program(BRO_GZIP gzip REQUIRED)

# Debian wants the changelog and man pages compressed with gzip -9n: the `n` leaves the name and
# time out of the header, so the same source gives the same package (lintian checks both).
function(_bro_gzip source output)
  get_filename_component(dir ${output} DIRECTORY)
  file(MAKE_DIRECTORY ${dir})
  execute_process(COMMAND ${BRO_GZIP} -9nc INPUT_FILE ${source} OUTPUT_FILE ${output}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${source}: ${rc}")
  endif()
  # The .gz is made while configuring: a change to its source configures again.
  set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
endfunction()

# What every packaged executable gets: installed to /usr/bin; relocations resolved and made
# read-only at start (BIND_NOW, lintian's hardening-no-bindnow; it changes nothing else); when
# stripped (cpack's CPACK_STRIP_FILES), the .comment and .note sections go too, as dh_strip does.
function(_bro_package_executable target package)
  target_link_options(${target} PRIVATE LINKER:-z,now)
  install(TARGETS ${target} RUNTIME DESTINATION bin COMPONENT ${package})
  if(CMAKE_STRIP)
    install(CODE "if(CMAKE_INSTALL_DO_STRIP)
  execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                          \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:${target}>\")
endif()" COMPONENT ${package})
  endif()
endfunction()

# The documentation every Debian package carries: copyright and its own changelog; the man
# page; lintian's overrides for the tags dist/debian/lintian-notes.md explains.
function(_bro_package_docs package)
  set(BRO_DEB_PACKAGE ${package})
  set(BRO_DEB_VERSION ${_bro_deb_version})
  set(BRO_DEB_MAINTAINER ${BRO_PACKAGE_MAINTAINER})
  configure_file(${_bro_dist}/debian/changelog.in ${_bro_gen}/${package}/changelog.Debian @ONLY)
  _bro_gzip(${_bro_gen}/${package}/changelog.Debian ${_bro_gen}/${package}/changelog.Debian.gz)
  install(FILES ${_bro_dist}/debian/copyright ${_bro_gen}/${package}/changelog.Debian.gz
          DESTINATION share/doc/${package} COMPONENT ${package})
  _bro_gzip(${_bro_dist}/man/${package}.1 ${_bro_gen}/${package}/${package}.1.gz)
  install(FILES ${_bro_gen}/${package}/${package}.1.gz
          DESTINATION share/man/man1 COMPONENT ${package})
  install(FILES ${_bro_dist}/debian/${package}/lintian-overrides
          DESTINATION share/lintian/overrides RENAME ${package} COMPONENT ${package})
endfunction()

set(_bro_components)

if(TARGET bro-server)
  list(APPEND _bro_components bro-server)
  _bro_package_executable(bro-server bro-server)
  install(FILES ${_bro_dist}/systemd/bro-server.service
          DESTINATION lib/systemd/system COMPONENT bro-server)
  install(FILES ${_bro_dist}/systemd/bro-server.sysusers
          DESTINATION lib/sysusers.d RENAME bro-server.conf COMPONENT bro-server)
  install(FILES ${_bro_dist}/systemd/bro-server.tmpfiles
          DESTINATION lib/tmpfiles.d RENAME bro-server.conf COMPONENT bro-server)
  # /etc, not /usr/etc: an absolute destination (the DEB generator installs into DESTDIR).
  # A conffile (dist/debian/bro-server/conffiles): dpkg keeps the operator's edits on upgrade.
  install(FILES ${_bro_dist}/config/bro-server.toml DESTINATION /etc/bro COMPONENT bro-server)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/install.md ${PROJECT_SOURCE_DIR}/docs/server.md
                ${PROJECT_SOURCE_DIR}/docs/sign-in.md
          DESTINATION share/doc/bro-server COMPONENT bro-server)
  _bro_package_docs(bro-server)
endif()

if(TARGET bro)
  list(APPEND _bro_components bro)
  _bro_package_executable(bro bro)
  install(FILES ${_bro_dist}/desktop/no.bro.Bro.desktop
          DESTINATION share/applications COMPONENT bro)
  install(FILES ${_bro_dist}/desktop/no.bro.Bro.svg
          DESTINATION share/icons/hicolor/scalable/apps COMPONENT bro)
  install(FILES ${_bro_dist}/desktop/no.bro.Bro.metainfo.xml
          DESTINATION share/metainfo COMPONENT bro)
  _bro_package_docs(bro)
endif()

if(NOT _bro_components)
  return()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bro)
set(CPACK_PACKAGE_VENDOR "The Bro project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${BRO_PACKAGE_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Absolute destinations (/etc/bro) need the install to go through DESTDIR.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL ${_bro_components})
set(CPACK_DEB_COMPONENT_INSTALL ON)
# Only what the install rules above put there: no other project's files, no "Unspecified".
set(CPACK_COMPONENTS_GROUPING IGNORE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${BRO_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${BRO_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SOURCE bro)
# Library dependencies from dpkg-shlibdeps, as Debian's own packages get them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Maintainer scripts and conffiles with the modes dpkg and lintian expect (0755 / 0644).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_BRO-SERVER_PACKAGE_NAME bro-server)
set(CPACK_DEBIAN_BRO-SERVER_PACKAGE_SECTION net)
# systemd-sysusers creates the user in postinst (the alternatives are dh_installsysusers').
set(CPACK_DEBIAN_BRO-SERVER_PACKAGE_DEPENDS
    "systemd | systemd-standalone-sysusers | systemd-sysusers")
set(CPACK_DEBIAN_BRO-SERVER_PACKAGE_CONTROL_EXTRA
    ${_bro_dist}/debian/bro-server/postinst ${_bro_dist}/debian/bro-server/prerm
    ${_bro_dist}/debian/bro-server/postrm ${_bro_dist}/debian/bro-server/conffiles)
set(CPACK_COMPONENT_BRO-SERVER_DESCRIPTION "sync server for the Bro app
Bro connects an apprentice in the construction and machinery trades who
risks dropping out for health reasons, the training office that follows
them and the clinic where they get work-oriented rehabilitation.
.
This package contains bro-server, which keeps the records of the app's
devices in SQLite or PostgreSQL and syncs them over WebSocket, sending each
person only what the apprentice's consent allows. It runs as the hardened
systemd service bro-server, configured in /etc/bro/bro-server.toml.")

set(CPACK_DEBIAN_BRO_PACKAGE_NAME bro)
set(CPACK_DEBIAN_BRO_PACKAGE_SECTION misc)
# The QML modules the UI imports and the platform plugins are loaded at run time, so
# dpkg-shlibdeps cannot see them (the same list as scripts/setup's qml6-module-* packages).
set(CPACK_DEBIAN_BRO_PACKAGE_DEPENDS "qml6-module-qtqml, qml6-module-qtqml-workerscript, \
qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, \
qml6-module-qtquick-layouts, qml6-module-qtquick-shapes, qml6-module-qtquick-window, \
qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel, qt6-qpa-plugins")
set(CPACK_COMPONENT_BRO_DESCRIPTION "health and work together through the apprenticeship
Bro connects an apprentice in the construction and machinery trades who
risks dropping out for health reasons, the training office that follows
them and the clinic where they get work-oriented rehabilitation.
.
This package contains the desktop app (Qt Quick) for apprentices, advisers,
clinicians and the programme's coordinator. It works offline and syncs with
the organisation's bro-server.")

include(CPack)
