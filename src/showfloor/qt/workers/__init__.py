"""QObject workers that run in QThreads (camera, export, import, sync).

Each worker declares its signals, keeps Qt out of the work it wraps (that lives
in the Qt-free core), and has a stop() that joins its threads.
"""
