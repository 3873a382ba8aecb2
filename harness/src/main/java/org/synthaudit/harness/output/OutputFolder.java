package org.synthaudit.harness.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synthaudit.core.InputException;
import org.synthaudit.core.SynthauditException;

/**
 * The folder an audit writes into. Every file lands inside it: a name is a plain file name (no
 * folder part, not absolute, no {@code ..}, no NUL byte); a symbolic link in the folder that
 * leads outside it is never written through; an existing file is replaced only when the user
 * allowed it. Files are written to temporary files in the same folder first and then moved into
 * place atomically, all of them after all are written, so a failure never leaves a half-written
 * report.
 */
public final class OutputFolder {
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
     *     leads outside the folder, or the file exists and replacing was not allowed
     */
    public Path target(String name) {
        checkName(name);
        Path target = folder.resolve(name);
        if (Files.isSymbolicLink(target) && !linksInside(target)) {
            throw new InputException(target + " is a symbolic link that leads outside the "
                    + "output folder " + folder + "; not writing through it (remove the link or "
                    + "choose another --out folder)");
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
            // A leftover temporary file is harmless: it is hidden and never read.
            return;
        }
    }

    private static String describe(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
    }
}
