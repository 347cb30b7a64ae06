// debug_mode_tracking: the debug_mode program with Asio's own debugging aid, handler tracking.
// Built with BOOST_ASIO_ENABLE_HANDLER_TRACKING, Asio writes a line to stderr for every handler:
//
//   @asio|<time>|<parent>*<id>|<object>@<address>.<operation>   handler <id> created, by <parent>
//   @asio|<time>|><id>|<arguments>                              handler <id> starts running
//   @asio|<time>|<<id>|                                         handler <id> returns
//   @asio|<time>|<id>^<child>|in '<function>' (<file>:<line>)   where a coroutine made <child>
//
// The time between `>N` and `<N` is how long handler N held the loop: that is where a blocking
// call shows up, as asyncio's debug mode reports it. The macro changes Asio's types, so this
// program uses Asio alone and none of the course runtime (which is built without it), and runs
// in real time only.
#define BOOST_ASIO_ENABLE_HANDLER_TRACKING 1

#include <course/cli.hpp>
#include <course/i18n.hpp>
#include <course/lesson.hpp>

#include <boost/asio.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <thread>

namespace asio = boost::asio;

asio::awaitable<void> async_main() {
  std::puts("blocking the loop");
  std::fflush(stdout);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // time.sleep(0.2)
  std::puts("done");
  std::fflush(stdout);
  co_return;
}

// Its command line is the lessons' (course/cli.hpp) for what applies: --help, --sections (the row
// `course list` would show) and --lang. The course runtime itself it cannot use.
std::optional<int> command_line(int argc, char** argv) {
  course::cli::speak_from_arguments(argc, argv);
  CLI::App app(course::tr("the debug_mode program built with Asio's handler tracking "
                          "(BOOST_ASIO_ENABLE_HANDLER_TRACKING): every handler's creation, start "
                          "and end on stderr, in real time"),
               "debug_mode_tracking");
  course::cli::translate_help(app);
  std::string lang;
  course::cli::add_lang(app, lang);
  bool sections = false;
  app.add_flag("--sections", sections,
               course::tr("Print variant, note file, section heading, ordinal, the asio construct "
                          "taught and the clocks it runs under, for each program, tab-separated "
                          "(ordinal 0: a program the course adds under that heading)"));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::printf("%s", app.help().c_str());
    return 0;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "debug_mode_tracking: %s %s\n", course::cli::parse_error(e).c_str(),
                 course::tr("(see --help)"));
    return 2;
  }
  if (sections) {
    std::printf("handler_tracking\t%s\t使用命令行参数\t%d\t%s\treal time only\n",
                course::note_003.c_str(), course::course_own,
                course::tr("Asio's handler tracking: a line for each handler's creation, start "
                           "and end"));
    return 0;
  }
  return std::nullopt;
}

int main(int argc, char** argv) {
  if (const auto stop = command_line(argc, argv)) return *stop;
  asio::io_context loop;
  asio::co_spawn(loop, async_main(), [](const std::exception_ptr& e) {
    if (e) std::rethrow_exception(e);
  });
  loop.run();
}
