# debug_mode's own checks, beyond those course_lesson registers for every lesson.
# debug_mode's three switches each turn the slow-handler report on, which names the task that
# held the loop; without one it stays off. --debug and the environment say that it is on.
set(slow_report "Executing <Task name='Task-1'> took 0\\.200 seconds")
add_test(NAME lesson.debug_mode.run_debug COMMAND debug_mode --variant run_debug --virtual-time)
add_test(NAME lesson.debug_mode.flag
  COMMAND debug_mode --variant command_line --virtual-time --debug)
add_test(NAME lesson.debug_mode.environment
  COMMAND debug_mode --variant environment --virtual-time)
add_test(NAME lesson.debug_mode.off COMMAND debug_mode --variant environment --virtual-time)
set_tests_properties(lesson.debug_mode.run_debug lesson.debug_mode.flag
  lesson.debug_mode.environment PROPERTIES PASS_REGULAR_EXPRESSION "${slow_report}")
set_tests_properties(lesson.debug_mode.flag lesson.debug_mode.environment PROPERTIES
  PASS_REGULAR_EXPRESSION "debug mode is on:.*${slow_report}")
set_tests_properties(lesson.debug_mode.environment PROPERTIES ENVIRONMENT PYTHONASYNCIODEBUG=1)
set_tests_properties(lesson.debug_mode.off PROPERTIES FAIL_REGULAR_EXPRESSION "Executing"
  ENVIRONMENT_MODIFICATION "PYTHONASYNCIODEBUG=unset:")
set_tests_properties(lesson.debug_mode.run_debug lesson.debug_mode.flag
  lesson.debug_mode.environment lesson.debug_mode.off PROPERTIES LABELS "virtual" TIMEOUT 30)

# ... and Asio's handler tracking, in a program of its own (the macro changes Asio's types).
# It speaks and reads its command line as the lessons do (i18n.cpp and cli.cpp, which hold no
# Asio), and uses nothing else of the runtime.
add_executable(debug_mode_tracking ${CMAKE_CURRENT_LIST_DIR}/handler_tracking.cpp
  ${PROJECT_SOURCE_DIR}/common/src/i18n.cpp ${PROJECT_SOURCE_DIR}/common/src/cli.cpp)
target_include_directories(debug_mode_tracking PRIVATE ${PROJECT_SOURCE_DIR}/common/include)
target_compile_definitions(debug_mode_tracking PRIVATE ${COURSE_LOCALE_DEFINITION})
target_link_libraries(debug_mode_tracking PRIVATE course_warnings course_lesson_code Boost::headers
  CLI11::CLI11 Threads::Threads)
add_test(NAME lesson.debug_mode.handler_tracking COMMAND debug_mode_tracking)
set_tests_properties(lesson.debug_mode.handler_tracking PROPERTIES LABELS "realtime" TIMEOUT 30
  PASS_REGULAR_EXPRESSION "@asio\\|[0-9.]+\\|<[0-9]+\\|")
add_test(NAME lesson.debug_mode.handler_tracking_help COMMAND debug_mode_tracking --help)
add_test(NAME lesson.debug_mode.handler_tracking_sections COMMAND debug_mode_tracking --sections)
set_tests_properties(lesson.debug_mode.handler_tracking_help PROPERTIES LABELS "virtual"
  TIMEOUT 10 PASS_REGULAR_EXPRESSION "Usage: debug_mode_tracking" FAIL_REGULAR_EXPRESSION "@asio")
set_tests_properties(lesson.debug_mode.handler_tracking_sections PROPERTIES LABELS "virtual"
  TIMEOUT 10 PASS_REGULAR_EXPRESSION "^handler_tracking\t003_" FAIL_REGULAR_EXPRESSION "@asio")
