#include "tests/support/fullvfs.h"

#include <sqlite3.h>

#include <atomic>

namespace rapport::test {
namespace {

std::atomic<qint64> g_limit{0};
std::atomic<int> g_refused{0};
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

// The file as this VFS opens it: the real file follows the struct in the same allocation.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

int shimClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (offset + amount > g_limit.load()) {
        ++g_refused;
        return SQLITE_FULL;
    }
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int shimUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int shimOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *parent = static_cast<sqlite3_vfs *>(vfs->pAppData);
    auto *shim = reinterpret_cast<ShimFile *>(f);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    const int rc = parent->xOpen(parent, name, shim->real, flags, outFlags);
    // Version 1 methods: no shared memory, so the files this VFS writes use no WAL.
    f->pMethods = rc == SQLITE_OK && shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

FullDiskVfs::FullDiskVfs(qint64 bytes)
{
    g_limit = bytes;
    g_refused = 0;
    sqlite3_vfs *parent = sqlite3_vfs_find(nullptr);
    g_vfs = *parent;
    g_vfs.zName = "rapport-test-full-disk";
    g_vfs.szOsFile = int(sizeof(ShimFile)) + parent->szOsFile;
    g_vfs.pAppData = parent;
    g_vfs.xOpen = shimOpen;
    g_vfs.pNext = nullptr;
    g_methods = sqlite3_io_methods{1,
                                   shimClose,
                                   shimRead,
                                   shimWrite,
                                   shimTruncate,
                                   shimSync,
                                   shimFileSize,
                                   shimLock,
                                   shimUnlock,
                                   shimCheckReservedLock,
                                   shimFileControl,
                                   shimSectorSize,
                                   shimDeviceCharacteristics,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr};
    sqlite3_vfs_register(&g_vfs, 0);
}

FullDiskVfs::~FullDiskVfs()
{
    sqlite3_vfs_unregister(&g_vfs);
}

int FullDiskVfs::refusedWrites() const
{
    return g_refused.load();
}

} // namespace rapport::test
