// Lesson: debug mode. asyncio's debug mode reports every callback or task step that holds the
// loop for 0.1 s or more ("Executing <Task ...> took 0.201 seconds"), the classic sign of
// blocking code inside a coroutine. The note shows three ways to switch it on; each program here
// blocks the loop for 0.2 s with time.sleep and switches the mode on in one of those ways.
//
// A course::loop in debug mode times every handler it runs with the course clock and reports the
// slow ones on stderr (loop::run_one_handler in common/src/loop.cpp). Asio has nothing that times
// handlers; its own debugging aid is handler tracking, BOOST_ASIO_ENABLE_HANDLER_TRACKING, which
// logs every handler's creation, invocation and destruction (docs/debug.md shows how to read it).
// Under --virtual-time the blocking call moves the clock on by 0.2 s, as if the thread had slept.
#include <course/names.hpp>

// The program each section's switch is shown with: the course's own, since the note gives the
// switches only. CPython prints `blocking the loop` at 0 s, `done` at 0.2 s, and the warning.
// The Python: run_debug.py, command_line.py and environment.py beside this file.
awaitable<void> async_main() {
  print("blocking the loop");
  course::time_sleep(0.2);
  print("done");
  co_return;
}

const auto claims = std::vector{course::printed_at("blocking the loop", 0),
                                course::printed_at("done", 0.2), course::ends_at(0.2)};

// 使用`asyncio.run`: asyncio.run(main(), debug=True)
void run_debug() { course::run(async_main(), {.debug = true}); }

const course::program run_debug_descriptor = {.variant = "run_debug",
                                              .note = course::note_003,
                                              .section = "使用`asyncio.run`",
                                              .ordinal = course::course_own,
                                              .run = run_debug,
                                              .claims = claims};

// 使用命令行参数: python -X dev program.py is `debug_mode --debug`; every lesson takes --debug.
void command_line() { course::run(async_main()); }

const course::program command_line_descriptor = {
    .variant = "command_line",
    .note = course::note_003,
    .section = "使用命令行参数",
    .ordinal = course::course_own,
    .run = command_line,
    .claims = claims,
    .remark = N_("debug mode is on only when the lesson is run with --debug.")};

// 使用环境变量: PYTHONASYNCIODEBUG=1 python3 program.py is `PYTHONASYNCIODEBUG=1 debug_mode`.
void environment() { course::run(async_main()); }

const course::program environment_descriptor = {
    .variant = "environment",
    .note = course::note_003,
    .section = "使用环境变量",
    .ordinal = course::course_own,
    .run = environment,
    .claims = claims,
    .remark = N_("debug mode is on only when PYTHONASYNCIODEBUG is set and not empty.")};

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "debug_mode",
       .teaches = N_("a loop that times each handler it runs, and asio's handler tracking"),
       .programs = {run_debug_descriptor, command_line_descriptor, environment_descriptor}});
}
