# Locates the OCI runtime-spec JSON schema installed by Debian's
# golang-github-opencontainers-specs-dev. The project never keeps a copy:
# the schema that judges a document is the one installed on the machine.
if(NOT OCISTUDIO_SCHEMA_DIR)
  file(GLOB _ocistudio_schema_candidates
    /usr/share/gocode/src/github.com/opencontainers/runtime-spec/schema/config-schema.json)
  if(_ocistudio_schema_candidates)
    list(GET _ocistudio_schema_candidates 0 _first)
    get_filename_component(_dir "${_first}" DIRECTORY)
    set(OCISTUDIO_SCHEMA_DIR "${_dir}" CACHE PATH "runtime-spec JSON schema folder" FORCE)
  endif()
endif()
message(STATUS "runtime-spec schema: ${OCISTUDIO_SCHEMA_DIR}")
