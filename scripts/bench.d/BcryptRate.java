// The login scenario's anchor (scripts/bench): bcrypt verifications per second with the server's
// library and settings (at.favre.lib bcrypt, version 2b, SHA-512 for passwords over 72 bytes),
// run by the source launcher on the jar's class path: java -cp motorhub.jar BcryptRate.java COST
// THREADS WARMUP SECONDS. Each thread verifies one right password in a loop; those that end in
// the first WARMUP seconds (the JIT's) are not counted, nor those that end after SECONDS more.
import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.util.concurrent.atomic.AtomicLong;

public class BcryptRate {
  public static void main(String[] args) throws InterruptedException {
    int cost = Integer.parseInt(args[0]);
    int threads = Integer.parseInt(args[1]);
    long warmup = Long.parseLong(args[2]);
    long seconds = Long.parseLong(args[3]);
    var version = BCrypt.Version.VERSION_2B;
    var verifyer = BCrypt.verifyer(version, LongPasswordStrategies.hashSha512(version));
    char[] password = "Bench-Mark-2026-Vroom".toCharArray();
    char[] hash = BCrypt.with(version).hashToChar(cost, password);
    AtomicLong verified = new AtomicLong();
    long start = System.nanoTime() + warmup * 1_000_000_000L;
    long end = start + seconds * 1_000_000_000L;
    Thread[] workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] = Thread.ofPlatform().start(() -> {
        while (true) {
          boolean ok = verifyer.verify(password, hash).verified;
          long now = System.nanoTime();
          if (!ok || now >= end) {
            return;
          }
          if (now >= start) {
            verified.incrementAndGet();
          }
        }
      });
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.printf("%.1f%n", verified.get() / (double) seconds);
  }
}
