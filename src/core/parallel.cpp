#include "core/parallel.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace kam {

namespace {

class Helper {
public:
    void run(const std::function<void()>& job) {
        std::unique_lock lock(mutex_);
        job_ = &job;
        done_ = false;
        wake_.notify_one();
    }
    void wait() {
        std::unique_lock lock(mutex_);
        finished_.wait(lock, [&] { return done_; });
    }

private:
    std::mutex mutex_;
    std::condition_variable wake_, finished_;
    const std::function<void()>* job_ = nullptr;
    bool done_ = true;
    std::thread thread_{[this] { loop(); }};   // last: starts once the rest is ready

    void loop() {
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_.wait(lock, [&] { return job_ != nullptr; });
            const std::function<void()>* job = job_;
            lock.unlock();
            (*job)();
            lock.lock();
            job_ = nullptr;
            done_ = true;
            finished_.notify_one();
        }
    }
};

}  // namespace

void run_in_parallel(const std::function<void()>& here, const std::function<void()>& beside) {
    static Helper* helper = new Helper;   // never destroyed: its thread waits for work until the process ends
    helper->run(beside);
    here();
    helper->wait();
}

}  // namespace kam
