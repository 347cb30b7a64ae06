// The benchmark programs' memory figures, read as the scale lesson reads its own: resident memory
// from /proc/self/status, and its peak since the last reset.
#pragma once

#include <fstream>
#include <string>

// Resident memory in bytes: VmRSS now, VmHWM the peak since reset_peak(); 0 when not there.
inline std::size_t status_bytes(const std::string& field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind(field + ":", 0) == 0) return std::stoul(line.substr(field.size() + 1)) * 1024;
  }
  return 0;
}

// The kernel's high-water mark restarts from the current size (proc(5), clear_refs 5).
inline void reset_peak() { std::ofstream("/proc/self/clear_refs") << "5"; }
