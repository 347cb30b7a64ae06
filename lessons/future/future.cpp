// Lesson: future. An asyncio.Future holds a value that is not there yet: done() says whether it
// is, set_result() puts it there, and `await future` suspends until it is.
//
// Asio has no such class, and needs none: anything that can be co_awaited with use_awaitable is an
// *asynchronous operation*, a function that takes a completion token. So the future below is one:
// async_wait(token) keeps the completion handler, and set_result() posts it to the loop with the
// value. That is what an asyncio.Task is too (a coroutine plus a future): course::task's
// async_wait is built the same way, and co_spawn fills it in when the coroutine ends.
#include <course/course.hpp>

#include <optional>
#include <stdexcept>
#include <vector>

namespace asio = course::asio;
using asio::awaitable;
using asio::co_spawn;
using asio::use_awaitable;
using course::print;
using course::use_task;

template <typename T>
class future {
 public:
  // Future() belongs to the running loop, as asyncio's does.
  future() : state_(std::make_shared<state>(course::loop::running().get_executor())) {}

  bool done() const { return state_->value.has_value() || state_->cancelled; }

  // set_result on a done future is asyncio's InvalidStateError.
  void set_result(T value) {
    if (done()) throw std::logic_error("invalid state: the future is already done");
    state_->value = std::move(value);
    for (auto& waiter : std::exchange(state_->waiters, {})) {
      asio::post(state_->executor, asio::append(std::move(waiter), boost::system::error_code(),
                                                *state_->value));
    }
  }

  T result() const {
    if (!state_->value) throw std::logic_error("invalid state: the result is not set");
    return *state_->value;
  }

  // `await future`. Awaiting a done future does not suspend. As in asyncio, cancelling the
  // await cancels the future itself, and every waiter gets operation_aborted.
  template <typename Token>
  auto async_wait(Token&& token) {
    auto initiation = [s = state_](auto handler) {
      if (s->value || s->cancelled) {
        const auto ec = s->value ? boost::system::error_code() : asio::error::operation_aborted;
        asio::dispatch(s->executor, asio::append(std::move(handler), ec, s->value.value_or(T{})));
        return;
      }
      auto slot = asio::get_associated_cancellation_slot(handler);
      if (slot.is_connected()) {
        slot.assign([weak = std::weak_ptr(s)](asio::cancellation_type) {
          if (auto alive = weak.lock()) alive->cancel();
        });
      }
      s->waiters.emplace_back(std::move(handler));
    };
    return asio::async_initiate<Token, signature>(initiation, token);
  }

 private:
  using signature = void(boost::system::error_code, T);
  struct state {
    explicit state(asio::any_io_executor ex) : executor(std::move(ex)) {}
    asio::any_io_executor executor;
    std::optional<T> value;
    bool cancelled = false;
    std::vector<asio::any_completion_handler<signature>> waiters;
    void cancel() {
      cancelled = true;
      for (auto& waiter : std::exchange(waiters, {})) {
        asio::post(executor,
                   asio::append(std::move(waiter), asio::error::operation_aborted, T{}));
      }
    }
  };
  std::shared_ptr<state> state_;
};

// 003 创建future
namespace create_future {

awaitable<void> async_main() {
  future<std::string> my_future;
  print("future done: " + course::py::str(my_future.done()));
  my_future.set_result("hello");
  print("future done: " + course::py::str(my_future.done()));
  print("future result: " + my_future.result());
  co_return;
}

void program() { course::run(async_main()); }

}  // namespace create_future

// 003 等待future
namespace await_future {

awaitable<void> set_future_value(future<std::string> future) {
  co_await course::sleep(1);
  future.set_result("hello");
}

future<std::string> make_request() {
  future<std::string> future;
  co_spawn(course::loop::running().get_executor(), set_future_value(future), use_task);
  return future;
}

awaitable<void> async_main() {
  auto future = make_request();
  print("future done: " + course::py::str(future.done()));
  std::string result = co_await future.async_wait(use_awaitable);
  print("future done: " + course::py::str(future.done()));
  print("future result: " + result);
}

void program() { course::run(async_main()); }

}  // namespace await_future

// The course's own program under 003 future、任务和协程之间的关系, which has none: the three
// things a coroutine can await, in asyncio and in asio. CPython prints 2 at 0 s, hello and 3 at 1 s:
//
//   async def add_one(number):
//       return number + 1
//
//   async def main():
//       print(await add_one(1))
//       loop = asyncio.get_running_loop()
//       future = loop.create_future()
//       loop.call_later(1, future.set_result, "hello")
//       print(await future)
//       task = asyncio.create_task(add_one(2))
//       print(await task)
namespace awaitables {

awaitable<int> add_one(int number) { co_return number + 1; }

awaitable<void> async_main() {
  // A coroutine: an asio::awaitable<T>, run inside this task when awaited.
  int two = co_await add_one(1);
  print(two);

  // A future: any asynchronous operation, here the future's async_wait, given use_awaitable as
  // its completion token. loop.call_later is a timer whose handler is a plain function.
  auto ex = co_await asio::this_coro::executor;
  future<std::string> future;
  course::timer call_later(ex, course::secs(1));
  call_later.async_wait([future](boost::system::error_code ec) mutable {
    if (!ec) future.set_result("hello");
  });
  std::string hello = co_await future.async_wait(use_awaitable);
  print(hello);

  // A task: a coroutine made into its own task by co_spawn, awaited through its future.
  auto task = co_spawn(ex, add_one(2), use_task);
  int three = co_await task.async_wait(use_awaitable);
  print(three);
}

void program() { course::run(async_main()); }

}  // namespace awaitables

int main(int argc, char** argv) {
  using course::printed_at;
  return course::lesson_main(
      argc, argv,
      {.name = "future",
       .teaches = "an asynchronous operation of your own: async_initiate and a kept handler",
       .programs = {
           {.variant = "create_future",
            .note = "003_9b2ea0e83eeffe65.txt",
            .section = "创建future",
            .run = create_future::program,
            .claims = {printed_at("future done: False", 0), printed_at("future result: hello", 0),
                       course::ends_at(0)}},
           {.variant = "await_future",
            .note = "003_9b2ea0e83eeffe65.txt",
            .section = "等待future",
            .run = await_future::program,
            .claims = {printed_at("future done: False", 0), printed_at("future done: True", 1),
                       printed_at("future result: hello", 1), course::ends_at(1)}},
           {.variant = "awaitables",
            .note = "003_9b2ea0e83eeffe65.txt",
            .section = "future、任务和协程之间的关系",
            .ordinal = 0,
            .run = awaitables::program,
            .claims = {printed_at("2", 0), printed_at("hello", 1), printed_at("3", 1),
                       course::ends_at(1)}},
       }});
}
