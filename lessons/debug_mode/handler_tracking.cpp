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

#include <course/i18n.hpp>

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

// Its command line is small, as it cannot use the lessons' (the course runtime): --help,
// --sections (the row `course list` would show) and --lang.
std::optional<int> command_line(int argc, char** argv) {
  auto lang = course::i18n::from_environment();
  bool help = false;
  bool sections = false;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--help" || word == "-h") {
      help = true;
    } else if (word == "--sections") {
      sections = true;
    } else if ((word == "--lang" && i + 1 < argc) || word.starts_with("--lang=")) {
      const std::string value = word == "--lang" ? argv[++i] : word.substr(7);
      const auto chosen = course::i18n::parse(value);
      if (!chosen) {
        std::fprintf(
            stderr, "debug_mode_tracking: --lang: %s\n",
            course::format(course::tr("expected zh or en, got '%s'"), value.c_str()).c_str());
        return 2;
      }
      lang = *chosen;
    } else {
      course::i18n::speak(lang);
      std::fprintf(stderr, "debug_mode_tracking: %s\n",
                   course::format(course::tr("unexpected argument: %s"), word.c_str()).c_str());
      return 2;
    }
  }
  course::i18n::speak(lang);
  if (help) {
    std::printf("%s\n", course::tr("debug_mode_tracking: the debug_mode program built with Asio's "
                                   "handler tracking (BOOST_ASIO_ENABLE_HANDLER_TRACKING): every "
                                   "handler's creation, start and end on stderr, in real time.\n"
                                   "Usage: debug_mode_tracking [--lang zh|en] [--sections] "
                                   "[--help]"));
    return 0;
  }
  if (sections) {
    std::printf(
        "handler_tracking\t003_9b2ea0e83eeffe65.txt\t使用命令行参数\t0\t%s\treal time only\n",
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
