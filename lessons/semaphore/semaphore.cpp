// Lesson: asyncio.Semaphore. A semaphore of two permits lets at most two tasks into the block at
// a time: five jobs of 1 s each take 3 s, in three waves (2, 2, 1).
//
// Boost 1.81 has none for coroutines. course::semaphore (common/include/course/lock.hpp) is an
// I/O object with async_acquire; `async with semaphore:` is the acquire followed by a
// course::releaser, which gives the permit back on every way out of the block. As asyncio's, a
// release wakes the longest waiter, which takes the permit when it runs; a waiter cancelled
// before that passes it on, so no permit leaks.
//
// The note leaves this heading empty; the course's Python program is five_jobs.py beside this
// file.
#include <course/names.hpp>
#include <course/lock.hpp>

#include <string>

// The Python: five_jobs.py beside this file.
namespace five_jobs {

awaitable<void> job(std::string name, course::semaphore* semaphore) {
  co_await semaphore->async_acquire(use_awaitable);
  course::releaser release(*semaphore);
  print(name + "开始");
  co_await course::sleep(1);
  print(name + "结束");
}

awaitable<void> async_main() {
  course::semaphore semaphore(co_await asio::this_coro::executor, 2);
  const auto start = course::clock::now();
  co_await (job("任务1", &semaphore) && job("任务2", &semaphore) && job("任务3", &semaphore) &&
            job("任务4", &semaphore) && job("任务5", &semaphore));
  print("用时" + course::py::fixed(course::seconds_since(start), 2) + "秒");
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "five_jobs",
    .note = course::note_000,
    .section = "异步锁和信号量",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("任务2开始", 0), printed_at("任务3开始", 1), printed_at("任务4开始", 1),
               printed_at("任务5开始", 2), printed_at("任务5结束", 3), printed_at("用时", 3),
               course::ends_at(3)}};

}  // namespace five_jobs

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "semaphore",
       .teaches = N_("course::semaphore: at most N tasks in the block at a time"),
       .programs = {five_jobs::descriptor}});
}
