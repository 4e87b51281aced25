package vn.hocvuso.credential.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Seals the chain's head every {@code credentials.access-log.checkpoint-interval}, when it moved. */
@Configuration(proxyBeanMethods = false)
class CheckpointSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final JdbcCheckpoints checkpoints;
    private final AccessLogProperties properties;

    CheckpointSchedule(JdbcCheckpoints checkpoints, AccessLogProperties properties) {
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::seal, properties.checkpointInterval());
    }

    private void seal() {
        try {
            checkpoints.sealHead().ifPresent(checkpoint -> LOG.info("access log sealed at seq {}", checkpoint.seq()));
        } catch (RuntimeException e) {
            // the next run tries again; appends go on meanwhile
            LOG.warn("could not seal the access log: {}", e.getMessage());
        }
    }
}
