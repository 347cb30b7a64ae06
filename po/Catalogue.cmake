# Collects the messages of the sources into POT (xgettext), merges PO with them (msgmerge), and
# reads msgfmt --statistics of the result. UPDATE=ON writes the merge back into PO; OFF fails
# when a message is untranslated or fuzzy.
file(GLOB sources RELATIVE "${SOURCE_DIR}"
  "${SOURCE_DIR}/common/src/*.cpp" "${SOURCE_DIR}/common/include/course/*.hpp"
  "${SOURCE_DIR}/runner/*.cpp" "${SOURCE_DIR}/lessons/*/*.cpp")
list(SORT sources)
execute_process(
  COMMAND "${XGETTEXT}" --language=C++ --from-code=UTF-8 --keyword=tr --keyword=N_
          --add-comments=TRANSLATORS: --package-name=asio-course --sort-by-file
          "--msgid-bugs-address=the course's issues" -o "${POT}" ${sources}
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "xgettext failed")
endif()
# ... and those of course compare and course exercise, which are Python (tr("..."), N_("...")).
execute_process(
  COMMAND "${XGETTEXT}" --language=Python --from-code=UTF-8 --keyword=tr --keyword=N_
          --join-existing --add-comments=TRANSLATORS: --sort-by-file -o "${POT}"
          tools/course_compare.py tools/exercise.py
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "xgettext (Python) failed")
endif()
get_filename_component(folder "${POT}" DIRECTORY)
set(merged "${folder}/zh_CN.merged.po")
execute_process(COMMAND "${MSGMERGE}" --quiet --no-fuzzy-matching -o "${merged}" "${PO}" "${POT}"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "msgmerge failed")
endif()
if(UPDATE)
  file(RENAME "${merged}" "${PO}")
  set(merged "${PO}")
endif()
execute_process(COMMAND "${MSGFMT}" --check --statistics -o /dev/null "${merged}"
  ERROR_VARIABLE statistics RESULT_VARIABLE status)
string(STRIP "${statistics}" statistics)
message(STATUS "zh_CN.po: ${statistics}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "msgfmt --check failed")
endif()
if(NOT UPDATE AND statistics MATCHES "untranslated|fuzzy")
  message(FATAL_ERROR "po/zh_CN.po lacks translations (${statistics}): run "
    "cmake --build --preset gcc --target pot, then translate what is new (HACKING.md)")
endif()
