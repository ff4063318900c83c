# Runs one libFuzzer target for SECONDS over a scratch corpus seeded from
# SEEDS (files found recursively). Fails when the fuzzer finds a crash, leak
# or timeout; the reproducer is left in WORK for a regression test.
file(REMOVE_RECURSE ${WORK}/corpus)
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
set(i 0)
foreach(dir ${SEEDS})
  file(GLOB_RECURSE seeds ${dir}/*)
  foreach(s ${seeds})
    if(NOT IS_DIRECTORY ${s})
      math(EXPR i "${i} + 1")
      file(COPY_FILE ${s} ${WORK}/corpus/seed-${i})
    endif()
  endforeach()
endforeach()
execute_process(
  COMMAND ${FUZZER} -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=60
          -max_len=65536 -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ ${WORK}/corpus
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzzer failed (${rc}); reproducers in ${WORK}/artifacts")
endif()
