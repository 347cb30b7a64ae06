// Lesson: async for, the asynchronous iterator. An async generator (async def with yield) hands
// out values that arrive over time, and `async for` awaits each one in turn.
//
// Boost 1.81 has two candidates. A channel (experimental::channel) would do it with a producer
// task sending values and a loop receiving them until the channel closes: two tasks, a close to
// remember, and an error code for the end. experimental::coro is the generator itself: a coroutine
// that co_awaits (its timer, through use_coro) and co_yields values, resumed one value at a time
// with async_resume, which gives an empty optional once the generator returns. It reads like the
// Python, so the lesson uses it. Its first parameter is the executor it runs on.
//
// The note leaves this heading empty; the course's Python program is ticker.py beside this file.
#include <course/names.hpp>

#include <boost/asio/experimental/coro.hpp>
#include <boost/asio/experimental/use_coro.hpp>

using asio::experimental::coro;
using asio::experimental::use_coro;

// The Python: ticker.py beside this file.
namespace ticker_program {

coro<int> ticker(asio::any_io_executor ex, int n) {
  course::timer timer(ex);
  for (int i = 0; i < n; ++i) {
    timer.expires_after(course::secs(1));
    co_await timer.async_wait(use_coro);
    co_yield i;
  }
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto values = ticker(ex, 3);
  while (auto i = co_await values.async_resume(use_awaitable)) {
    print("第" + course::py::str(*i) + "个值");
  }
  print("迭代结束");
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "ticker",
    .note = course::note_000,
    .section = "异步迭代器 `async for`",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("第0个值", 1), printed_at("第1个值", 2), printed_at("第2个值", 3),
               printed_at("迭代结束", 3), course::ends_at(3)}};

}  // namespace ticker_program

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "async_for",
       .teaches = N_("experimental::coro<T>: co_yield values, co_await gen.async_resume(...)"),
       .programs = {ticker_program::descriptor}});
}
