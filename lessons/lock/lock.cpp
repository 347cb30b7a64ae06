// Lesson: asyncio.Lock. Tasks share one thread, so a shared update needs no lock, until the task
// awaits in the middle of it: then another task runs, reads the same old value, and one update
// overwrites the other. Three deposits of 100 leave 100, not 300. A lock held across the await
// makes the read-await-write one step, and the deposits take their turns: 300, in 3 s.
//
// Boost 1.81 has no lock for coroutines (a std::mutex would block the loop's one thread).
// course::lock (common/include/course/lock.hpp) is an I/O object with async_acquire; `async with
// lock:` is the acquire followed by a course::releaser, whose destructor releases the lock on
// every way out of the block: releasing needs no await, so a destructor can do it. Waiters get the
// lock in the order they asked, and one cancelled while waiting takes nothing.
//
// The note leaves this heading empty; the course's Python programs are without_lock.py and
// with_lock.py beside this file.
#include <course/names.hpp>
#include <course/lock.hpp>

#include <string>

using course::py::str;

const std::string heading = "异步锁和信号量";

// The Python: without_lock.py beside this file.
namespace without_lock {

int balance = 0;

awaitable<void> deposit(std::string name) {
  const int current = balance;
  co_await course::sleep(1);
  balance = current + 100;
  print(name + "存入100，余额" + str(balance));
}

awaitable<void> async_main() {
  balance = 0;
  co_await (deposit("任务1") && deposit("任务2") && deposit("任务3"));
  print("最终余额" + str(balance));
}

void program() { course::run(async_main()); }

const course::program descriptor = {.variant = "without_lock",
                                    .note = course::note_000,
                                    .section = heading,
                                    .ordinal = course::course_own,
                                    .run = program,
                                    .claims = {printed_at("任务3存入100，余额100", 1),
                                               printed_at("最终余额100", 1), course::ends_at(1)}};

}  // namespace without_lock

// The same with a lock.
// The Python: with_lock.py beside this file.
namespace with_lock {

int balance = 0;

// The first program's deposit, inside the lock: the difference is the lesson (HACKING.md,
// "Repetition we keep").
awaitable<void> deposit(std::string name, course::lock* lock) {
  co_await lock->async_acquire(use_awaitable);
  course::releaser release(*lock);
  const int current = balance;
  co_await course::sleep(1);
  balance = current + 100;
  print(name + "存入100，余额" + str(balance));
}

awaitable<void> async_main() {
  balance = 0;
  course::lock lock(co_await asio::this_coro::executor);
  co_await (deposit("任务1", &lock) && deposit("任务2", &lock) && deposit("任务3", &lock));
  print("最终余额" + str(balance));
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "with_lock",
    .note = course::note_000,
    .section = heading,
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("任务1存入100，余额100", 1), printed_at("任务2存入100，余额200", 2),
               printed_at("任务3存入100，余额300", 3), printed_at("最终余额300", 3),
               course::ends_at(3)}};

}  // namespace with_lock

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "lock",
       .teaches = N_("course::lock: co_await lock.async_acquire(...), then a course::releaser"),
       .programs = {without_lock::descriptor, with_lock::descriptor}});
}
