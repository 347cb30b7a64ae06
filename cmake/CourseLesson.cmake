# course_lesson(NAME): one line per lesson. Builds lessons/NAME/NAME.cpp into the executable NAME
# and registers its checks:
#   lesson.NAME.transcript  --virtual-time --check; stdout must equal lessons/NAME/expected.txt
#   lesson.NAME.speed20     --speed 20 --check, in real time
#   lesson.NAME.bad_input   bad options each get one line on stderr and exit code 2
#   lesson.NAME.sections    --sections is well formed and names headings that exist in the notes
function(course_lesson name)
  set(dir "${CMAKE_CURRENT_SOURCE_DIR}/${name}")
  add_executable(${name} "${dir}/${name}.cpp")
  target_link_libraries(${name} PRIVATE course_runtime course_warnings)
  if(COURSE_PCH)
    target_precompile_headers(${name} REUSE_FROM course_pch)
  endif()
  set_property(GLOBAL APPEND PROPERTY COURSE_LESSONS ${name})

  set(scripts "${PROJECT_SOURCE_DIR}/cmake")
  add_test(NAME lesson.${name}.transcript
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${name}> -DEXPECTED=${dir}/expected.txt
            -P ${scripts}/CheckTranscript.cmake)
  add_test(NAME lesson.${name}.speed20 COMMAND ${name} --speed 20 --check)
  add_test(NAME lesson.${name}.bad_input
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${name}> -P ${scripts}/CheckBadInput.cmake)
  add_test(NAME lesson.${name}.sections
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${name}> -DNOTES=${COURSE_NOTES_DIR}
            -P ${scripts}/CheckSections.cmake)
  set_tests_properties(lesson.${name}.transcript lesson.${name}.bad_input lesson.${name}.sections
    PROPERTIES LABELS "virtual" TIMEOUT 30)
  set_tests_properties(lesson.${name}.speed20 PROPERTIES LABELS "realtime" TIMEOUT 60)
endfunction()
