# blocking_api's own checks, beyond those course_lesson registers for every lesson.
# A request that fails gets a clear message and exit 1, not a crash or a hang, in each of the
# three programs: nothing listens on port 1.
foreach(variant requests_get non_blocking to_thread)
  add_test(NAME lesson.blocking_api.refused.${variant}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:blocking_api>
            "-DARGS=--url http://127.0.0.1:1/ --variant ${variant}" -DEXIT=1
            "-DEXPECT=blocking_api: error: GET http://127.0.0.1:1/: Connection refused"
            -P ${COURSE_SCRIPTS}/CheckExit.cmake)
  set_tests_properties(lesson.blocking_api.refused.${variant} PROPERTIES
    LABELS "realtime;threads" TIMEOUT 30)
endforeach()
# An IPv6 address in brackets is a host like any other (whether this machine routes it or not).
add_test(NAME lesson.blocking_api.ipv6_url
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:blocking_api>
          "-DARGS=--url http://[::1]:1/ --variant requests_get" -DEXIT=1
          "-DEXPECT=blocking_api: error: GET http://\\[::1\\]:1/: [A-Z]"
          -P ${COURSE_SCRIPTS}/CheckExit.cmake)
set_tests_properties(lesson.blocking_api.ipv6_url PROPERTIES LABELS "realtime;threads" TIMEOUT 30)
