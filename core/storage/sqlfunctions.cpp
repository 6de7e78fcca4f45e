#include "core/storage/sqlfunctions.h"

#include "core/domain/phonenumber.h"

#include <sqlite3.h>

namespace rapport {
namespace {

void reverseDigits(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key = phoneKey(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerSqlFunctions(sqlite3 *db)
{
    sqlite3_create_function_v2(db,
                               "rapport_reverse_digits",
                               1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               nullptr,
                               &reverseDigits,
                               nullptr,
                               nullptr,
                               nullptr);
}

} // namespace rapport
