# course_lesson(NAME [REAL_TIME] [THREADS] [OPTIMIZED] [ARGS arg...] [BAD_INPUT case...]): one line
# per lesson. Builds
# lessons/NAME/NAME.cpp into the executable NAME and registers its checks:
#   lesson.NAME.cpython     each program in virtual time (--records --check) beside CPython's run
#                           of its lessons/NAME/VARIANT.py on the virtual-clock loop: every line,
#                           its time and how the program ended must be equal, or differ only as
#                           the program's erratum says (tools/course_compare.py)
#   lesson.NAME.speed20     --speed 20 --check, in real time
#   lesson.NAME.bad_input   bad options each get one line on stderr and exit code 2
#   lesson.NAME.sections    --sections is well formed and names headings that exist in the notes
# REAL_TIME is for a lesson that measures real work and refuses --virtual-time: instead of the
# CPython check it has lesson.NAME.transcript, which runs it in real time and compares its stdout
# with lessons/NAME/expected.txt, every number masked, since the numbers are measured (its
# --check compares them, as ratios). ARGS go to both runs (--work 0.2, say);
# BAD_INPUT cases (each one string) are bad uses of the lesson's own options. THREADS marks a
# lesson that starts threads: its runs are labelled "threads", which the tsan preset runs, and
# it joins the target course_threads, which the tsan preset builds.
# lessons/NAME/checks.cmake, when there is one, registers the lesson's own further checks.
# OPTIMIZED keeps the Release build's -O2 for a lesson whose figures are its own speed (scale);
# the others build without optimisation (course_lesson_code).
add_custom_target(course_threads)

function(course_lesson name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "REAL_TIME;THREADS;OPTIMIZED" "" "ARGS;BAD_INPUT")
  set(dir "${CMAKE_CURRENT_SOURCE_DIR}/${name}")
  add_executable(${name} "${dir}/${name}.cpp")
  target_link_libraries(${name} PRIVATE course_runtime course_warnings)
  if(NOT arg_OPTIMIZED)
    target_link_libraries(${name} PRIVATE course_lesson_code)
  endif()
  set_property(GLOBAL APPEND PROPERTY COURSE_LESSONS ${name})
  # How the pictures' check runs it: in virtual time, or in real time at --speed 20.
  if(arg_REAL_TIME)
    set(run $<TARGET_FILE:${name}> --speed 20 ${arg_ARGS})
  else()
    set(run $<TARGET_FILE:${name}> --virtual-time)
  endif()
  string(REPLACE ";" "|" run "${run}")
  set_property(GLOBAL APPEND PROPERTY COURSE_LESSON_RUNS "${run}")

  string(REPLACE ";" " " args "${arg_ARGS}")
  string(REPLACE ";" "|" bad_input "${arg_BAD_INPUT}")
  if(arg_REAL_TIME)
    add_test(NAME lesson.${name}.transcript
      COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${name}> -DEXPECTED=${dir}/expected.txt
              -DREAL_TIME=${arg_REAL_TIME} "-DARGS=${args}" -P ${COURSE_SCRIPTS}/CheckTranscript.cmake)
  else()
    add_test(NAME lesson.${name}.cpython
      COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/course_compare.py ${name}
              --virtual-time --quiet --lessons ${PROJECT_SOURCE_DIR}/lessons
              --bin $<TARGET_FILE_DIR:${name}> --vloop ${PROJECT_SOURCE_DIR}/tests/diff/vloop.py
              --python ${Python3_EXECUTABLE})
  endif()
  add_test(NAME lesson.${name}.speed20 COMMAND ${name} --speed 20 --check ${arg_ARGS})
  add_test(NAME lesson.${name}.bad_input
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${name}> -DREAL_TIME=${arg_REAL_TIME}
            "-DEXTRA=${bad_input}" -P ${COURSE_SCRIPTS}/CheckBadInput.cmake)
  add_test(NAME lesson.${name}.sections
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${name}> -DNOTES=${COURSE_NOTES_DIR}
            -P ${COURSE_SCRIPTS}/CheckSections.cmake)
  set_tests_properties(lesson.${name}.bad_input lesson.${name}.sections
    PROPERTIES LABELS "virtual" TIMEOUT 30)
  # A run whose timings are checked runs alone (RUN_SERIAL): a sibling that starts a dozen
  # sanitized processes at once can delay it past its margin.
  if(arg_REAL_TIME)
    set_tests_properties(lesson.${name}.transcript PROPERTIES LABELS "realtime" TIMEOUT 60
      RUN_SERIAL TRUE)
  else()
    set_tests_properties(lesson.${name}.cpython PROPERTIES LABELS "virtual" TIMEOUT 60)
  endif()
  set_tests_properties(lesson.${name}.speed20 PROPERTIES LABELS "realtime" TIMEOUT 60
    RUN_SERIAL TRUE)
  if(arg_THREADS)
    set_property(TEST lesson.${name}.transcript lesson.${name}.speed20 APPEND PROPERTY
      LABELS "threads")
    add_dependencies(course_threads ${name})
  endif()
  if(EXISTS "${dir}/checks.cmake")
    include("${dir}/checks.cmake")
  endif()
endfunction()
