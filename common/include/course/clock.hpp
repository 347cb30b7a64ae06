// The course clock: every timer and every time reading in the lessons goes through it.
//
// Three modes, chosen once per process on the lesson's command line:
//   real time     course seconds are real seconds;
//   --speed X     course seconds pass X times faster than real ones;
//   virtual time  nothing really waits: the loop driver (loop.hpp) moves the clock to the next
//                 timer's deadline whenever every task is blocked, so readings are exact.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace course {

// A Clock for asio::basic_waitable_timer. Its epoch is the start of the process (real time) or of
// the current program (virtual time); only differences between readings mean anything.
struct clock {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<clock, duration>;
  static constexpr bool is_steady = true;

  static time_point now() noexcept;
};

// Wait traits for asio::basic_waitable_timer<clock, clock_traits>: turns a span of course time
// into the real span the reactor must sleep under --speed, less early_wake: the reactor wakes
// that much before the deadline and polls the rest of the way (clock.cpp says why).
struct clock_traits {
  static constexpr std::chrono::microseconds early_wake{200};
  static clock::duration to_wait_duration(const clock::duration& d);
  static clock::duration to_wait_duration(const clock::time_point& t);
};

void use_real_time(double speed = 1.0);  // speed > 0
void use_virtual_time();

bool is_virtual() noexcept;
double speed() noexcept;  // 1 in virtual time

// A new program starts: virtual time goes back to 0, and the course's wall clock (time_of_day)
// restarts from the real local time, or from 00:00:00 in virtual time so transcripts are exact.
void start_program();
clock::time_point program_start() noexcept;

// Course seconds, as a Python float would hold them.
double seconds(clock::duration d) noexcept;
double seconds_since(clock::time_point t) noexcept;  // now - t
double program_seconds() noexcept;                   // since start_program()

// Course seconds as a clock duration: course::secs(1.5).
clock::duration secs(double seconds);

// time.sleep(seconds): blocks the thread, and with it the loop. Under --virtual-time nothing
// waits, but the clock moves on as far as it would have while the thread was blocked; on a
// worker thread (to_thread) it returns at once, as virtual time stands still while threads work.
void time_sleep(double seconds);

// time.strftime('%X') on the course's wall clock.
std::string time_of_day();

namespace detail {
// Only the virtual-time driver moves virtual time, and only forwards.
void advance_virtual_time_to(clock::time_point t) noexcept;
}  // namespace detail

}  // namespace course
