# Runs one fuzz target briefly (CTest's "fuzz: NAME" tests): the seed corpus first, then new
# inputs for FUZZ_SECONDS. New inputs and any crashing input go to WORK_DIR in the build tree,
# never into the source tree; a crash fails the test and names the file that reproduces it
# (run the target on that file to see it again).
#   cmake -DFUZZER=... -DSEEDS=... -DWORK_DIR=... -DFUZZ_SECONDS=20 -P run-fuzz.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/artifacts")
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
            -max_len=65536 -print_final_stats=1 "-artifact_prefix=${WORK_DIR}/artifacts/"
            "${WORK_DIR}/corpus" "${SEEDS}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB crashes "${WORK_DIR}/artifacts/*")
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input: ${crashes}")
endif()
