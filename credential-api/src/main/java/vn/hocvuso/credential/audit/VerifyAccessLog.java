package vn.hocvuso.credential.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hocvuso.credential.config.CredentialApiProperties;

/**
 * Walks the access log from genesis and reports OK or its first broken link: every entry's hash
 * and link, every checkpoint's signature and seal, and the head. Entries and checkpoints are read a
 * page at a time, so memory stays bounded for a log of any length.
 *
 * <p>The head is read after the walk: an append commits its entries and the head together, so a
 * head ahead of the walk means entries committed meanwhile, which the walk then reads too; a head
 * still ahead when no more entries come means entries are missing.
 */
@Service
public class VerifyAccessLog {

    private static final Logger LOG = LoggerFactory.getLogger(VerifyAccessLog.class);

    private final JdbcAccessLogReader reader;
    private final CheckpointKeys keys;
    private final String issuer;
    private final int batch;

    VerifyAccessLog(
            JdbcAccessLogReader reader,
            CheckpointKeys keys,
            CredentialApiProperties app,
            AccessLogProperties properties) {
        this.reader = reader;
        this.keys = keys;
        this.issuer = app.baseUrlText();
        this.batch = properties.verificationBatch();
    }

    public VerificationReport verify() {
        ChainWalk walk = new ChainWalk(keys, issuer);
        Checkpoints checkpoints = new Checkpoints();
        ChainHead head;
        Optional<BrokenLink> broken;
        while (true) {
            long before = walk.lastSeq();
            checkpoints.lookAgain();
            broken = walkToTheEnd(walk, checkpoints);
            head = reader.head();
            if (broken.isPresent() || head.seq() <= walk.lastSeq() || walk.lastSeq() == before) {
                break;
            }
        }
        if (broken.isEmpty()) {
            broken = walk.head(head);
        }
        if (broken.isEmpty()) {
            checkpoints.lookAgain();
            broken = checkpoints.next().flatMap(walk::checkpointBeyondTheEnd);
        }
        VerificationReport report = walk.report(head, broken);
        LOG.info(
                "access log verified: {} entries, {} checkpoints, {}",
                report.entries(),
                report.checkpoints(),
                broken.map(link -> "first broken link at seq " + link.seq() + " ("
                                + link.problem().value() + ")")
                        .orElse("ok"));
        return report;
    }

    private Optional<BrokenLink> walkToTheEnd(ChainWalk walk, Checkpoints checkpoints) {
        while (true) {
            List<StoredEntry> page = reader.entriesAfter(walk.cursor(), batch);
            for (StoredEntry entry : page) {
                Optional<BrokenLink> broken = walk.entry(entry);
                if (broken.isEmpty()) {
                    broken = checkpointsUpTo(walk, checkpoints);
                }
                if (broken.isPresent()) {
                    return broken;
                }
            }
            if (page.size() < batch) {
                return Optional.empty();
            }
        }
    }

    private static Optional<BrokenLink> checkpointsUpTo(ChainWalk walk, Checkpoints checkpoints) {
        while (checkpoints.next().filter(next -> next.seq() <= walk.lastSeq()).isPresent()) {
            Optional<BrokenLink> broken = walk.checkpoint(checkpoints.take());
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /** The checkpoints in seq order, read a page at a time as the walk reaches them. */
    private final class Checkpoints {

        private final Deque<StoredCheckpoint> page = new ArrayDeque<>();
        private long readUpTo;
        private boolean exhausted;

        Optional<StoredCheckpoint> next() {
            if (page.isEmpty() && !exhausted) {
                List<StoredCheckpoint> read = reader.checkpointsAfter(readUpTo, batch);
                page.addAll(read);
                exhausted = read.size() < batch;
                if (!read.isEmpty()) {
                    readUpTo = read.get(read.size() - 1).seq();
                }
            }
            return Optional.ofNullable(page.peekFirst());
        }

        /** Reads again once the last page is used up: checkpoints may have been sealed meanwhile. */
        void lookAgain() {
            exhausted = false;
        }

        StoredCheckpoint take() {
            return page.removeFirst();
        }
    }
}
