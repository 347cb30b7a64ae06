// The names every lesson writes with, as each Python program starts with `import asyncio`: asio's
// awaitable, co_spawn and use_awaitable, the course's print and use_task, asio's awaitable
// operators (a || b, a && b), and the claims a program's descriptor makes. For programs only
// (lessons, tests, exercises): it puts them in the global namespace.
#pragma once

#include "course/course.hpp"

namespace asio = course::asio;
using asio::awaitable;
using asio::co_spawn;
using asio::use_awaitable;
using course::print;
using course::use_task;
using namespace asio::experimental::awaitable_operators;

using course::ends_at;
using course::printed_at;
