# Warnings and sanitizers shared by every target of the project.
add_library(ocistudio_warnings INTERFACE)
target_compile_options(ocistudio_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)

if(OCISTUDIO_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# The `fuzz` preset: instrument everything for libFuzzer's coverage and run
# with ASan/UBSan; the fuzz targets themselves link -fsanitize=fuzzer.
option(OCISTUDIO_FUZZ "Build libFuzzer targets (needs clang)" OFF)
if(OCISTUDIO_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "OCISTUDIO_FUZZ needs clang (the `fuzz` preset uses clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
