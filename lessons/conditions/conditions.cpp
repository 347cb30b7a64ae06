// Lesson: conditions, and a bounded semaphore. An asyncio.Condition is a lock with a line of
// tasks waiting under it: wait() lets the lock go while it waits and takes it again before it
// returns, so the tasks notify_all() wakes take the lock one after the other; wait_for(predicate)
// waits until the predicate holds. A BoundedSemaphore refuses to be released more often than it
// was acquired, which catches a release too many.
//
// Boost 1.81 has neither. course::condition (common/include/course/condition.hpp) holds a
// course::lock and a line of waiters; wait() and wait_for() are coroutines, the acquire an
// operation with a completion token. course::bounded_semaphore throws std::invalid_argument,
// asyncio's ValueError. `async with cond:` is an acquire and a course::releaser.
#include <course/condition.hpp>
#include <course/names.hpp>
#include <course/lock.hpp>

#include <stdexcept>
#include <string>
#include <vector>

// The Python: starting_gun.py beside this file.
namespace starting_gun {

awaitable<void> runner(course::condition* cond, std::string name) {
  co_await cond->async_acquire(use_awaitable);
  {
    course::releaser held(*cond);
    co_await cond->wait();
    print(name + " starts");
  }
  co_await course::sleep(1);
  print(name + " finishes");
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  course::condition cond(ex);
  std::vector<course::task<void>> runners;
  for (int i : {1, 2, 3}) {
    runners.push_back(
        co_spawn(ex, runner(&cond, "runner " + std::to_string(i)), use_task.of("runner")));
  }
  co_await course::sleep(1);
  co_await cond.async_acquire(use_awaitable);
  {
    course::releaser held(cond);
    print("ready, set...");
    cond.notify_all();
  }
  co_await course::gather(runners);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "starting_gun",
    .note = course::beyond_the_notes,
    .section = "asyncio.Condition: wait(), notify_all()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("ready, set...", 1), printed_at("runner 3 starts", 1),
               printed_at("runner 3 finishes", 2), course::ends_at(2)}};

}  // namespace starting_gun

// The Python: batch.py beside this file.
namespace batch {

// lambda: len(table) >= 3
struct three_parcels {
  std::vector<std::string>* table;
  bool operator()() const { return table->size() >= 3; }
};

awaitable<void> packer(course::condition* cond, std::vector<std::string>* table) {
  co_await cond->async_acquire(use_awaitable);
  course::releaser held(*cond);
  co_await cond->wait_for(three_parcels{table});
  print("packing " + course::py::list(*table));
}

awaitable<void> worker(course::condition* cond, std::vector<std::string>* table) {
  for (const char* parcel : {"book", "lamp", "mug", "pen"}) {
    co_await course::sleep(1);
    co_await cond->async_acquire(use_awaitable);
    course::releaser held(*cond);
    table->push_back(parcel);
    print(std::string("put ") + parcel + " on the table");
    cond->notify();
  }
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  course::condition cond(ex);
  std::vector<std::string> table;
  co_await course::gather(packer(&cond, &table), worker(&cond, &table));
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "batch",
    .note = course::beyond_the_notes,
    .section = "Condition.wait_for(), notify()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("packing", 3), printed_at("put pen", 4), course::ends_at(4)}};

}  // namespace batch

// The Python: bounded.py beside this file.
namespace bounded {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  course::bounded_semaphore pool(ex, 2);
  co_await pool.async_acquire(use_awaitable);
  {
    course::releaser held(pool);
    print("one connection in use; locked:", pool.locked());
  }
  try {
    pool.release();
  } catch (const std::invalid_argument& e) {
    print("ValueError:", e.what());
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {.variant = "bounded",
                                    .note = course::beyond_the_notes,
                                    .section = "asyncio.BoundedSemaphore",
                                    .ordinal = course::course_own,
                                    .run = program,
                                    .claims = {printed_at("ValueError", 0), course::ends_at(0)}};

}  // namespace bounded

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "conditions",
       .teaches =
           N_("course::condition (a lock and a line of waiters) and course::bounded_semaphore"),
       .programs = {starting_gun::descriptor, batch::descriptor, bounded::descriptor}});
}
