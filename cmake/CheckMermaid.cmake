# cmake -DNODE=node -DCHECKER=tools/mermaid/check.mjs -DOUT=dir "-DRUNS=prog|args;..."
#       -P CheckMermaid.cmake
# Runs each lesson with --mermaid, then has mermaid's own parser (npm package, run by Node.js)
# read every diagram: each must be accepted.
cmake_minimum_required(VERSION 3.25)
get_filename_component(modules "${CHECKER}" DIRECTORY)
if(NOT NODE OR NOT EXISTS "${modules}/node_modules/mermaid")
  message(FATAL_ERROR "mermaid's parser is not installed: run `npm ci --prefix ${modules}` "
    "(./course.sh test does)")
endif()
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
foreach(run IN LISTS RUNS)
  string(REPLACE "|" ";" parts "${run}")
  list(POP_FRONT parts program)
  get_filename_component(name "${program}" NAME)
  execute_process(COMMAND "${program}" ${parts} --mermaid "${OUT}/${name}.mmd"
    OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 60)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name} ${parts} --mermaid exited ${rc}\n${err}")
  endif()
endforeach()
file(GLOB files "${OUT}/*.mmd")
list(LENGTH files count)
list(LENGTH RUNS lessons)
if(count LESS lessons)
  message(FATAL_ERROR "${count} diagrams for ${lessons} lessons")
endif()
execute_process(COMMAND "${NODE}" "${CHECKER}" ${files} OUTPUT_VARIABLE out ERROR_VARIABLE err
  RESULT_VARIABLE rc TIMEOUT 120)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mermaid rejected a diagram:\n${err}")
endif()
message(STATUS "${count} diagrams of ${lessons} lessons, all accepted by mermaid:\n${out}")
