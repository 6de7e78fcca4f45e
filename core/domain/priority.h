#pragma once

#include <QString>

#include <array>

namespace rapport {

// How urgent a case or a task is. Cases and tasks share one scale so that a work list can mix
// them and sort by it; the values are the schema's codes (cases.priority, tasks.priority).
enum class Priority { Low = 0, Normal = 1, High = 2, Urgent = 3 };
inline constexpr std::array<const char *, 4> priorityKeys{"low", "normal", "high", "urgent"};

QString priorityName(Priority priority); // translated, for display

} // namespace rapport
