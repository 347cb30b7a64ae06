// Lesson: legacy coroutines. Before `async def`, an asyncio coroutine was a generator marked with
// @asyncio.coroutine, suspending with `yield from`; Python 3.5 added native coroutines, 3.8
// deprecated the decorator and 3.11 removed it.
//
// Asio went the same way. Before C++20 its coroutines were stackless function objects: an
// asio::coroutine base records where to resume, `reenter (this)` jumps there, `yield op(*this)`
// starts an operation with the object itself as its completion handler and returns, and every
// local that must outlive a suspension has to be a member. async_compose turns such an object
// into an asynchronous operation that takes a completion token. C++20 coroutines replaced it as
// native coroutines replaced generators: locals live in the frame, `co_await` is an expression
// that yields a value, and try/catch works across suspensions, none of which a switch-based
// macro can give.
#include <course/names.hpp>

#include <boost/asio/compose.hpp>
#include <boost/asio/coroutine.hpp>

#include <memory>
#include <type_traits>

#include <boost/asio/yield.hpp>  // reenter, yield: macros, so included last and undone at the end

const std::string removed =
    N_("@asyncio.coroutine was removed in Python 3.11, where this "
       "program stops with AttributeError; the transcript is Python "
       "3.10's.");

// 001 同步io与异步io, first program:
//   @asyncio.coroutine
//   def hello():
//       pass
namespace two_hellos {

struct hello_op : asio::coroutine {
  template <typename Self>
  void operator()(Self& self) {
    reenter(this) { self.complete(boost::system::error_code()); }
  }
};

template <typename Token>
auto hello(Token&& token) {
  return asio::async_compose<Token, void(boost::system::error_code)>(hello_op{}, token);
}

// No C++20 coroutine in sight, as no `async def` is in the Python: the loop is run by hand until
// both operations have completed, as run_until_complete(asyncio.wait(tasks)) does.
void program() {
  course::loop loop;
  int remaining = 2;
  auto done = [&remaining](boost::system::error_code) { --remaining; };
  hello(done);
  hello(done);
  loop.run_until([&remaining] { return remaining == 0; });
}

const course::program descriptor = {.variant = "two_hellos",
                                    .note = course::note_001,
                                    .section = "同步io与异步io",
                                    .ordinal = 1,
                                    .run = program,
                                    .claims = {course::ends_at(0)},
                                    .erratum = removed};

}  // namespace two_hellos

// 001 同步io与异步io, second program: isinstance(coro, Generator), isinstance(coro, Coroutine)
// for the decorated hello, isinstance(coro2, Coroutine) for `async def hello2`. The C++ questions
// are the same: is it a resumable function object, is it a C++20 coroutine that can be awaited?
namespace isinstance {

struct hello : asio::coroutine {
  void operator()() {
    reenter(this) {}
  }
};

awaitable<void> hello2() {
  print("hello");
  co_return;
}

template <typename T>
constexpr bool is_awaitable = std::is_same_v<T, awaitable<typename T::value_type>>;
template <>
constexpr bool is_awaitable<hello> = false;

void program() {
  auto coro = hello();
  auto coro2 = hello2();
  print(std::is_base_of_v<asio::coroutine, decltype(coro)>);
  print(is_awaitable<decltype(coro)>);
  print(is_awaitable<decltype(coro2)>);
}

const course::program descriptor = {
    .variant = "isinstance",
    .note = course::note_001,
    .section = "同步io与异步io",
    .ordinal = 2,
    .run = program,
    .claims = {printed_at("True", 0).nth(1), printed_at("False", 0), printed_at("True", 0).nth(2),
               course::ends_at(0)},
    .erratum = N_("@asyncio.coroutine was removed in Python 3.11, where this program "
                  "stops with AttributeError; the transcript is Python 3.10's. The "
                  "program also needs `from collections.abc import Generator, "
                  "Coroutine`. The prose after it has the difference backwards: the "
                  "decorated form is the generator, with __iter__ and __next__.")};

}  // namespace isinstance

// The course's own program under 001 协程装饰器和原生协程之间的区别: the same coroutine in both
// forms, run together. Python 3.10 prints the two `before` lines at 0 s, the two `after` at 1 s.
// The Python: side_by_side.py beside this file.
namespace side_by_side {

struct legacy_op : asio::coroutine {
  asio::any_io_executor executor;
  std::unique_ptr<course::timer> timer;  // a local that outlives the yield: a member

  template <typename Self>
  void operator()(Self& self, boost::system::error_code ec = {}) {
    reenter(this) {
      print("legacy: before");
      timer = std::make_unique<course::timer>(executor, course::secs(1));
      yield timer->async_wait(std::move(self));
      print("legacy: after");
      self.complete(ec);
    }
  }
};

template <typename Token>
auto legacy(asio::any_io_executor executor, Token&& token) {
  return asio::async_compose<Token, void(boost::system::error_code)>(
      legacy_op{{}, executor, nullptr}, token, executor);
}

awaitable<void> native() {
  print("native: before");
  co_await course::sleep(1);
  print("native: after");
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto both = legacy(ex, asio::use_awaitable) && native();
  co_await std::move(both);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "side_by_side",
    .note = course::note_001,
    .section = "协程装饰器和原生协程之间的区别",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("legacy: before", 0), printed_at("native: before", 0),
               printed_at("legacy: after", 1), printed_at("native: after", 1), course::ends_at(1)},
    .erratum = N_("Python 3.10's output: Python 3.11 has no @asyncio.coroutine.")};

}  // namespace side_by_side

#include <boost/asio/unyield.hpp>

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "legacy_coroutines",
       .teaches = N_("asio::coroutine with reenter/yield and async_compose, beside co_await"),
       .programs = {two_hellos::descriptor, isinstance::descriptor, side_by_side::descriptor}});
}
