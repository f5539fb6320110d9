// KAM Canvas: a workspace's part files, read on one thread a few ahead of the threads that parse them.
//
// Reading all the files first left the helper thread idle meanwhile, and on a virtual machine reading
// is often slow: the wasm heap grows by tens of MB at each start, and the first touch of a page the
// machine has not used yet, or has given back to its host since (a balloon device reports freed pages),
// costs up to 10 us, against 1.3 us for a page used recently. In such starts the files alone took
// 170-230 ms, against 30 ms otherwise. Read just ahead, a file is parsed while the next are read, the
// freed memory of parsed files is reused for the next, and both threads touch the new memory that
// parsing needs.
#pragma once

#include "storage/files.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace kam {

class FilesReadAhead {
public:
    explicit FilesReadAhead(std::vector<std::string> paths) : paths_(std::move(paths)), files_(paths_.size()) {}

    // The reading thread only (in the browser only the main thread reaches the files): reads on until
    // the first 'count' files are read, or one cannot be read (then no more are).
    void read_until(size_t count);
    // Any thread: file i, waiting until the reading thread has read it; nothing when it could not be.
    const FileBytes* wait_for(size_t i);
    // Frees file i, once parsed.
    void release(size_t i) { files_[i] = {}; }
    // After reading until the end: every file was read.
    bool all_read() const { return !failed_; }

private:
    const std::vector<std::string> paths_;
    std::vector<FileBytes> files_;
    std::mutex mutex_;
    std::condition_variable more_read_;
    size_t read_ = 0;   // files [0, read_) are read (or given up on), guarded by mutex_
    bool failed_ = false;
};

}  // namespace kam
