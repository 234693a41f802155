import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, FIXTURE_HOSTS } from './paths';

/** A self-signed certificate for the fixture hosts (Chromium runs with ignoreHTTPSErrors). */
export function ensureCertificate(): { key: Buffer; cert: Buffer } {
  const dir = path.join(ARTIFACTS, 'certs');
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  if (!fs.existsSync(keyPath) || !fs.existsSync(certPath)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '365',
      '-subj', '/CN=town-crier-fixtures',
      '-keyout', keyPath, '-out', certPath,
      '-addext', `subjectAltName=${FIXTURE_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    ], { stdio: 'ignore' });
  }
  return { key: fs.readFileSync(keyPath), cert: fs.readFileSync(certPath) };
}
