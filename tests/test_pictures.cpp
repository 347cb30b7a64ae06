// The pictures (--timeline, --mermaid) are drawn from recorded events: these tests run the shapes
// of the sequential, gather, wait_for, shield and cancel lessons and check what the pictures
// read from the journal, not how the text looks.
#include "co_test.hpp"

#include <course/pictures.hpp>

#include <algorithm>
#include <string>
#include <vector>

BOOST_AUTO_TEST_SUITE(pictures)

using course::print;
using course::pictures::message;
using course::pictures::task_row;

namespace {

// Runs main as a course program in virtual time and returns its journal.
std::vector<course::journal::entry> record(awaitable<void> main) {
  course::use_virtual_time();
  course::journal::begin_program(course::journal::depth::steps);
  course::run(std::move(main));
  return course::journal::entries();
}

const task_row& row(const std::vector<task_row>& rows, const std::string& name) {
  auto it =
      std::find_if(rows.begin(), rows.end(), [&](const task_row& r) { return r.name == name; });
  BOOST_REQUIRE(it != rows.end());
  return *it;
}

std::vector<message> of_kind(const std::vector<message>& all, message::kind k) {
  std::vector<message> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [&](const message& m) { return m.what == k; });
  return out;
}

awaitable<void> say_after(double seconds, std::string line) {
  co_await course::sleep(seconds);
  print(line);
}

}  // namespace

awaitable<void> sequential() {
  co_await say_after(1, "hello");
  co_await say_after(2, "world");
}

BOOST_AUTO_TEST_CASE(sequential_awaits_stay_in_main_and_add_up) {
  const auto entries = record(sequential());
  const auto rows = course::pictures::task_rows(entries);
  BOOST_TEST(rows.size() == 1u);  // an awaited coroutine is not a task
  const auto& main = row(rows, "Task-1");
  BOOST_TEST(main.coroutine == "main");  // course::run names main's coroutine
  BOOST_TEST(main.label() == "Task-1 main");
  BOOST_TEST(main.ended == 3.0);
  BOOST_TEST(main.printed.size() == 2u);
  BOOST_TEST(main.printed[1].first == 3.0);
  const auto all = course::pictures::messages(entries);
  const auto wakes = of_kind(all, message::kind::wake);
  BOOST_REQUIRE(wakes.size() == 2u);
  BOOST_TEST(wakes[0].at == 1.0);
  BOOST_TEST(wakes[1].at == 3.0);
}

awaitable<void> gather_two() {
  auto ex = co_await asio::this_coro::executor;
  auto t1 = co_spawn(ex, say_after(1, "hello"), use_task);
  auto t2 = co_spawn(ex, say_after(2, "world"), use_task);
  co_await course::gather(t1, t2);
}

BOOST_AUTO_TEST_CASE(gathered_tasks_each_get_a_row_and_print_in_their_own) {
  const auto entries = record(gather_two());
  const auto rows = course::pictures::task_rows(entries);
  BOOST_TEST(rows.size() == 3u);
  BOOST_TEST(row(rows, "Task-2").started == 0.0);
  BOOST_TEST(row(rows, "Task-2").ended == 1.0);
  BOOST_TEST(row(rows, "Task-3").ended == 2.0);
  BOOST_TEST(row(rows, "Task-3").printed.at(0).second == "world");
  BOOST_TEST(row(rows, "Task-1").ended == 2.0);
  const auto creates = of_kind(course::pictures::messages(entries), message::kind::create);
  BOOST_TEST(creates.size() == 3u);
  BOOST_TEST(creates[1].from == 1u);  // main created Task-2
  BOOST_TEST(creates[1].to == 2u);
}

awaitable<void> wait_for_timeout() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, say_after(10, "never"), use_task);
  course::timer timeout(ex, course::secs(4));
  auto race = long_task.async_wait(use_awaitable) || timeout.async_wait(use_awaitable);
  co_await std::move(race);
  print("任务超时");
}

BOOST_AUTO_TEST_CASE(wait_for_draws_main_cancelling_the_task_at_the_timeout) {
  const auto entries = record(wait_for_timeout());
  const auto rows = course::pictures::task_rows(entries);
  BOOST_TEST((row(rows, "Task-2").how == task_row::ending::cancelled));
  BOOST_TEST(row(rows, "Task-2").ended == 4.0);
  const auto all = course::pictures::messages(entries);
  const auto cancels = of_kind(all, message::kind::cancel);
  BOOST_TEST(cancels.size() == 1u);
  BOOST_TEST(cancels.at(0).from == 1u);
  BOOST_TEST(cancels.at(0).to == 2u);
  BOOST_TEST(cancels.at(0).at == 4.0);
  BOOST_TEST(of_kind(all, message::kind::cancelled).size() == 1u);
}

awaitable<void> shielded_timeout() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, say_after(10, "done"), use_task);
  course::timer timeout(ex, course::secs(4));
  auto race = long_task.async_wait_shielded(use_awaitable) || timeout.async_wait(use_awaitable);
  co_await std::move(race);
  print("任务超时");
  co_await long_task.async_wait(use_awaitable);
}

BOOST_AUTO_TEST_CASE(a_shielded_task_is_never_cancelled_and_ends_when_it_is_done) {
  const auto entries = record(shielded_timeout());
  const auto rows = course::pictures::task_rows(entries);
  BOOST_TEST((row(rows, "Task-2").how == task_row::ending::done));
  BOOST_TEST(row(rows, "Task-2").ended == 10.0);
  BOOST_TEST(row(rows, "Task-1").printed.at(0).first == 4.0);
  BOOST_TEST(of_kind(course::pictures::messages(entries), message::kind::cancel).empty());
}

awaitable<void> cancel_midway() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, say_after(10, "never"), use_task);
  co_await course::sleep(5);
  long_task.cancel();
  co_await long_task.async_wait(asio::as_tuple(use_awaitable));
  print("任务被取消了");
}

BOOST_AUTO_TEST_CASE(cancel_draws_the_request_and_the_end_at_their_own_moments) {
  const auto entries = record(cancel_midway());
  const auto all = course::pictures::messages(entries);
  const auto cancels = of_kind(all, message::kind::cancel);
  BOOST_TEST(cancels.size() == 1u);
  BOOST_TEST(cancels.at(0).at == 5.0);
  const auto rows = course::pictures::task_rows(entries);
  BOOST_TEST((row(rows, "Task-2").how == task_row::ending::cancelled));
  BOOST_TEST(row(rows, "Task-2").ended == 5.0);
  const std::string chart = course::pictures::timeline(entries, 5.0, 60);
  BOOST_TEST(chart.find("\u2298") != std::string::npos);  // the cancelled end is drawn
  BOOST_TEST(chart.find("Task-2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(mermaid_writes_every_task_as_a_participant_and_escapes_its_own_characters) {
  course::journal::begin_program(course::journal::depth::steps);
  course::journal::printed("a; b # c");
  const auto text = course::pictures::mermaid(course::journal::entries(), "t");
  BOOST_TEST(text.find("a#59; b #35; c") != std::string::npos);
  BOOST_TEST(text.find("sequenceDiagram") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()  // pictures
