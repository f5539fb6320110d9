#include "storage/files_read_ahead.h"

#include <algorithm>

namespace kam {

void FilesReadAhead::read_until(size_t count) {
    count = std::min(count, paths_.size());
    size_t from;
    {
        std::lock_guard lock(mutex_);
        from = read_;
    }
    if (from >= count) return;
    // Read outside the lock: the files before 'from' stay readable by the parsing threads meanwhile.
    bool failed = false;
    size_t done = from;
    for (; done < count; done++) {
        std::optional<FileBytes> file = read_file_bytes(paths_[done]);
        if (!file) {
            failed = true;
            break;
        }
        files_[done] = std::move(*file);
    }
    {
        std::lock_guard lock(mutex_);
        failed_ = failed_ || failed;
        read_ = failed ? paths_.size() : done;   // a missing file: none of the rest will be waited for
    }
    more_read_.notify_all();
}

const FileBytes* FilesReadAhead::wait_for(size_t i) {
    std::unique_lock lock(mutex_);
    more_read_.wait(lock, [&] { return read_ > i; });
    return files_[i].data ? &files_[i] : nullptr;
}

}  // namespace kam
