#pragma once

struct sqlite3;

namespace rapport {

// Registers Rapport's SQL functions on a connection. Only migrations use them (to backfill new
// columns); triggers and views never do, so the file stays usable from the sqlite3 shell.
//   rapport_reverse_digits(text): the digits of text in reverse order (the phone search key).
void registerSqlFunctions(sqlite3 *db);

} // namespace rapport
