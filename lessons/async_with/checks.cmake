# async_with's own checks, beyond those course_lesson registers for every lesson.
# Ctrl-C in the middle of a query: the connection's exit still runs (已断开), then exit 130.
add_test(NAME lesson.async_with.interrupt
  COMMAND sh ${COURSE_SCRIPTS}/CheckInterrupt.sh $<TARGET_FILE:async_with> 1.5 已断开
          --variant connection)
set_tests_properties(lesson.async_with.interrupt PROPERTIES LABELS "realtime" TIMEOUT 30)
