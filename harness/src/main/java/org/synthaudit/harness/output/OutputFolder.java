package org.synthaudit.harness.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.synthaudit.core.InputException;
import org.synthaudit.core.SynthauditException;

/**
 * The folder an audit writes into. Every file lands inside it: a name is a plain file name (no
 * folder part, not absolute, no {@code ..}, no NUL byte); a symbolic link in the folder that
 * leads outside it is never written through; an existing file is replaced only when the user
 * allowed it. Files are written to temporary files in the same folder first and then moved into
 * place atomically, all of them after all are written, so a failure never leaves a half-written
 * report. Runs that write into the same folder at the same time (in this process or in others)
 * take turns: each holds the lock file {@value #LOCK_NAME} in the folder from its check of the
 * names to its last move, so the files in the folder always come from one run, and a run without
 * {@code --force} sees the files of the run before it. The lock file is deleted when released.
 */
public final class OutputFolder {
    /** The name of the lock file a run holds while it moves its files into the folder. */
    public static final String LOCK_NAME = ".synthaudit.lock";

    /** One lock per folder for the runs of this process, which file locks do not separate. */
    private static final Map<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

    private final Path folder;
    private final boolean force;

    private OutputFolder(Path folder, boolean force) {
        this.folder = folder;
        this.force = force;
    }

    /**
     * Opens an output folder, which need not exist yet.
     *
     * @param path the folder as the user gave it
     * @param force whether existing files may be replaced
     * @return the folder
     * @throws InputException if the path holds a NUL byte, is not a valid path, or names an
     *     existing file that is not a folder
     */
    public static OutputFolder of(String path, boolean force) {
        if (path.indexOf('\0') >= 0) {
            throw new InputException("output folder name contains a NUL byte; choose another "
                    + "name");
        }
        if (path.isBlank()) {
            throw new InputException("output folder name is empty");
        }
        Path folder;
        try {
            folder = Path.of(path);
        } catch (InvalidPathException e) {
            throw new InputException("output folder '" + path + "' is not a valid path: "
                    + e.getReason(), e);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException("output folder " + folder + " is a file, not a folder");
        }
        return new OutputFolder(folder, force);
    }

    /**
     * The folder.
     *
     * @return the path as the user gave it
     */
    public Path path() {
        return folder;
    }

    /**
     * Checks a file name and returns where it would be written.
     *
     * @param name a plain file name such as {@code report.html}
     * @return the path inside the folder
     * @throws InputException if the name is not a plain file name, a symbolic link of that name
     *     leads outside the folder, a folder has that name, or the file exists and replacing
     *     was not allowed
     */
    public Path target(String name) {
        checkName(name);
        Path target = folder.resolve(name);
        if (Files.isSymbolicLink(target) && !linksInside(target)) {
            throw new InputException(target + " is a symbolic link that leads outside the "
                    + "output folder " + folder + "; not writing through it (remove the link or "
                    + "choose another --out folder)");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(target + " is a folder, so a file of that name cannot be "
                    + "written; remove it or choose another --out folder");
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(target + " already exists; use --force to replace it or "
                    + "choose another --out folder");
        }
        return target;
    }

    /**
     * Checks all names before any expensive work, so a run does not fail at its very end.
     *
     * @param names the file names the run will write
     * @throws InputException as {@link #target(String)} does, for the first bad name
     */
    public void check(List<String> names) {
        names.forEach(this::target);
        requireWritable();
    }

    /**
     * Checks that the folder can be created and written to: the nearest part of its path that
     * exists must be a folder this process may write into.
     */
    private void requireWritable() {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new InputException("output folder " + folder + " cannot be created: "
                    + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new InputException("cannot write into output folder " + folder
                    + ": permission denied" + (existing.equals(folder.toAbsolutePath()) ? ""
                            : " (" + existing + " is not writable)"));
        }
    }

    /**
     * Writes files: each to a temporary file in the folder, then all moved into place.
     *
     * @param contents the text of each file by name, in the order to write them
     * @return the paths written
     * @throws InputException for a bad name, an existing file without force, or a folder that
     *     cannot be created or written to
     * @throws SynthauditException for any other failure to write
     */
    public List<Path> write(Map<String, String> contents) {
        Map<Path, Path> moves = new LinkedHashMap<>();
        try {
            createFolder();
            Held held = lock();
            try {
                return writeLocked(contents, moves);
            } finally {
                held.close();
            }
        } catch (AccessDeniedException e) {
            throw new InputException("cannot write into output folder " + folder
                    + ": permission denied", e);
        } catch (IOException e) {
            throw new SynthauditException("cannot write into output folder " + folder + ": "
                    + describe(e), e);
        } finally {
            moves.keySet().forEach(OutputFolder::deleteQuietly);
        }
    }

    private List<Path> writeLocked(Map<String, String> contents, Map<Path, Path> moves)
            throws IOException {
        for (Map.Entry<String, String> file : contents.entrySet()) {
            Path target = target(file.getKey());
            Path temp = Files.createTempFile(folder, "." + file.getKey() + ".", ".tmp");
            moves.put(temp, target);
            Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> move : moves.entrySet()) {
            target(move.getValue().getFileName().toString());
            moveAtomically(move.getKey(), move.getValue());
            written.add(move.getValue());
        }
        return written;
    }

    /** A lock this run holds; closing releases it. */
    private interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Takes the folder's lock, waiting for other runs to release it: first the lock of this
     * process, then an exclusive lock on the lock file. A waiting run may end up locking a lock
     * file that its holder has deleted meanwhile, so it writes a token of its own into the file
     * it locked and reads the file in the folder back: when the token is not there, it locked an
     * old file and starts again.
     */
    private Held lock() throws IOException {
        Path lockFile = folder.toRealPath().resolve(LOCK_NAME);
        ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        local.lock();
        try {
            byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
            while (true) {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                try {
                    FileLock fileLock = channel.lock();
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(token), 0);
                    if (Arrays.equals(token, readQuietly(lockFile))) {
                        return () -> release(lockFile, fileLock, channel, local);
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                channel.close();
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** The bytes of a file, or none when it is gone. */
    private static byte[] readQuietly(Path file) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            int read;
            do {
                read = in.read(buffer);
            } while (read > 0 && buffer.hasRemaining());
            return Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    private static void release(Path lockFile, FileLock fileLock, FileChannel channel,
            ReentrantLock local) throws IOException {
        try {
            deleteQuietly(lockFile);
            fileLock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }

    private void createFolder() throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileSystemException e) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new InputException("output folder " + folder + " is a file, not a folder",
                        e);
            }
            throw e;
        }
    }

    private static void checkName(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new InputException("output name contains a NUL byte");
        }
        boolean plain = !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0;
        if (!plain) {
            throw new InputException("output name '" + name + "' must be a plain file name "
                    + "inside the output folder (no folders, no '..', not absolute)");
        }
    }

    private boolean linksInside(Path link) {
        try {
            Path realFolder = folder.toRealPath();
            Path realTarget = link.toRealPath();
            return realTarget.getParent() != null && realTarget.startsWith(realFolder);
        } catch (IOException e) {
            return false;
        }
    }

    private static void moveAtomically(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A leftover temporary or lock file is harmless: it is hidden, and a lock file left
            // behind is taken over by the next run.
            return;
        }
    }

    private static String describe(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
    }
}
