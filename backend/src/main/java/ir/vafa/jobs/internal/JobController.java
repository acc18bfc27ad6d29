package ir.vafa.jobs.internal;

import ir.vafa.platform.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ir.vafa.jobs.Job;
import ir.vafa.jobs.JobRun;
import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.SupportActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Support staff see the jobs and run any of them at once; each run is written to the support audit. */
@RestController
@RequestMapping("/api/support/jobs")
@Tag(name = "jobs", description = "Jobs that run by themselves on one node of the cluster at a time; support staff run "
		+ "any of them at once")
class JobController {

	private final JobScheduler scheduler;
	private final SupportActions audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	JobController(JobScheduler scheduler, SupportActions audit, JdbcClient jdbc, Clock clock) {
		this.scheduler = scheduler;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listJobs", summary = "List the jobs, how often each runs and when it runs next")
	@ApiResponse(responseCode = "200", description = "The jobs", useReturnTypeSchema = true)
	List<JobView> jobs() {
		return scheduler.jobs().values().stream().map(this::view).toList();
	}

	@PostMapping("/{name}/runs")
	@Operation(operationId = "runJob", summary = "Run a job now, on this node, and answer what it did",
			description = "Safe beside a run the scheduler started: jobs lock what they work on and skip what another "
					+ "run holds. Written to the support audit.")
	@ApiResponse(responseCode = "200", description = "What the run did: its counts and time", useReturnTypeSchema = true)
	@Refusal.NotFound("No job has this name")
	RunView run(@PathVariable String name, Principal caller) {
		Job job = scheduler.jobs().get(name);
		if (job == null) {
			throw ApiProblem.notFound("No job " + name + "; the jobs are " + scheduler.jobs().keySet());
		}
		Instant started = clock.instant();
		long t0 = System.nanoTime();
		JobRun run = job.run(started);
		long millis = (System.nanoTime() - t0) / 1_000_000;
		audit.record(caller.getName(), "job.run", null, name + " " + run.counts() + " in " + millis + " ms");
		return new RunView(name, started, millis, run.counts());
	}

	private JobView view(Job job) {
		Map<String, Object> task = jdbc.sql("""
				SELECT execution_time, last_success, last_failure, picked_by FROM scheduled_tasks
				WHERE task_name = ? AND task_instance = 'recurring'""")
			.param(job.name())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		return new JobView(job.name(), job.description(), job.every(), instant(task.get("execution_time")),
				instant(task.get("last_success")), instant(task.get("last_failure")), (String) task.get("picked_by"));
	}

	private static Instant instant(Object value) {
		return value instanceof Timestamp t ? t.toInstant() : null;
	}

	/** A job and what the scheduler knows of it (nothing when the scheduler is off on every node). */
	record JobView(String name, String description, Duration every, Instant nextRun, Instant lastSuccess,
			Instant lastFailure, String runningOn) {
	}

	record RunView(String job, Instant startedAt, long millis, Map<String, Long> counts) {
	}
}
