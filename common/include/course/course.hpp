// Everything a lesson uses.
#pragma once

#include "course/asio.hpp"
#include "course/callbacks.hpp"
#include "course/clock.hpp"
#include "course/event.hpp"
#include "course/future.hpp"
#include "course/gather.hpp"
#include "course/lesson.hpp"
#include "course/loop.hpp"
#include "course/print.hpp"
#include "course/run.hpp"
#include "course/task.hpp"
#include "course/timeouts.hpp"
#include "course/timer.hpp"
#include "course/util.hpp"
#include "course/wait.hpp"
#include "course/wait_for.hpp"
