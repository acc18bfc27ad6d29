package ir.vafa.jobs.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import ir.vafa.jobs.Job;
import ir.vafa.jobs.JobRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Job} by itself through db-scheduler: one recurring task per job in the {@code scheduled_tasks}
 * table, each due execution picked by exactly one node (a row lock and a version check), a node that dies mid-run
 * is noticed by its missing heartbeat and the execution is picked again. Off with
 * {@code vafa.jobs.scheduler.enabled=false} (the tests run jobs by hand).
 */
@Component
class JobScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	private final Map<String, Job> jobs;
	private final DataSource dataSource;
	private final Clock clock;
	private final boolean enabled;
	private final Duration polling;
	private Scheduler scheduler;

	JobScheduler(List<Job> jobs, DataSource dataSource, Clock clock,
			@Value("${vafa.jobs.scheduler.enabled:true}") boolean enabled,
			@Value("${vafa.jobs.scheduler.polling-interval:PT10S}") Duration polling) {
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::name, Function.identity(), (a, b) -> {
			throw new IllegalStateException("Two jobs are named " + a.name());
		}, java.util.LinkedHashMap::new));
		this.dataSource = dataSource;
		this.clock = clock;
		this.enabled = enabled;
		this.polling = polling;
	}

	Map<String, Job> jobs() {
		return jobs;
	}

	@Override
	public void start() {
		if (!enabled) {
			log.info("The job scheduler is off (vafa.jobs.scheduler.enabled=false); jobs run only when asked");
			return;
		}
		List<RecurringTask<Void>> tasks = jobs.values().stream()
			.map(job -> Tasks.recurring(job.name(), Schedules.fixedDelay(job.every())).execute((instance, context) -> {
				JobRun run = job.run(clock.instant());
				if (run.didNothing()) {
					log.debug("Job {} ran and found nothing to do", job.name());
				}
				else {
					log.info("Job {} ran: {}", job.name(), run.counts());
				}
			}))
			.toList();
		scheduler = Scheduler.create(dataSource)
			.startTasks(tasks)
			.threads(2)
			.pollingInterval(polling)
			.shutdownMaxWait(Duration.ofSeconds(20))
			.build();
		scheduler.start();
	}

	@Override
	public void stop() {
		if (scheduler != null) {
			scheduler.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}
}
