import { act, screen, within } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { fail, ok } from '@/domain/result';
import { useScanStore } from '@/stores/scan-store';
import { useSessionStore } from '@/stores/session-store';
import { makeAnswers } from '../helpers/answers';
import { renderApp } from '../helpers/render-app';

// Only the browser adapters are replaced: jsdom has no camera, canvas or image decoding.
const qr = vi.hoisted(() => ({
  qrCodeImage: vi.fn(),
  decodeQrFile: vi.fn(),
  decodeQr: vi.fn(),
  releaseQrDecoder: vi.fn(),
}));
type FrameHandler = (frame: ImageData) => Promise<void>;
const camera = vi.hoisted(() => ({
  startCamera: vi.fn(),
  readFrames: vi.fn<(video: unknown, onFrame: FrameHandler) => () => void>(() => () => {}),
}));
vi.mock('@/lib/qr', () => qr);
vi.mock('@/lib/camera', () => camera);

beforeEach(() => {
  qr.qrCodeImage.mockReset();
  qr.qrCodeImage.mockResolvedValue(ok({ url: 'data:image/svg+xml;base64,PHN2Zy8+', modules: 61 }));
  qr.decodeQrFile.mockReset();
  camera.startCamera.mockReset();
  camera.readFrames.mockReset();
  camera.readFrames.mockReturnValue(() => {});
  qr.decodeQr.mockReset();
});

/** The link a member's results screen makes, for a member called `name`. */
const memberLink = (respondentId: string, name: string) =>
  `http://127.0.0.1/#/join/${compressToEncodedURIComponent(
    JSON.stringify({
      format: 'collective-scan-answers',
      version: 1,
      questionnaireVersion: questionnaire.version,
      respondentId,
      name,
      answers: encodeAnswers(currentLayout, { 'leadership.q7': 'mostly-true' }),
      sharedAt: '2026-11-01T19:00:00.000Z',
    }),
  )}`;

describe('handing in answers by QR code', () => {
  it("shows the member's join link as a QR code and says what it holds", async () => {
    useScanStore.setState({ answers: makeAnswers(() => 1) });
    const { user } = await renderApp('/results');
    const section = await screen.findByRole('region', { name: 'Hand in by QR code' });
    const code = await within(section).findByRole('img', {
      name: 'QR code of the link with your answers',
    });
    expect(code).toHaveAttribute('src', 'data:image/svg+xml;base64,PHN2Zy8+');
    // 61 modules at 7 px each: over 60 px per 10 modules, for a laptop camera.
    expect(code).toHaveAttribute('width', '427');
    expect(within(section).getByText(/The code holds your answers/)).toBeInTheDocument();

    // The code holds exactly the link offered for copying, also after a name is given.
    const link = () => (screen.getByLabelText('Link with your answers') as HTMLInputElement).value;
    expect(qr.qrCodeImage).toHaveBeenLastCalledWith(link());
    await user.type(screen.getByLabelText(/Your name/), 'Anna');
    expect(link()).not.toBe(qr.qrCodeImage.mock.calls[0]?.[0]);
    expect(qr.qrCodeImage).toHaveBeenLastCalledWith(link());
  });

  it('says so when the QR library cannot be loaded, in the chosen language', async () => {
    qr.qrCodeImage.mockResolvedValue(fail('notLoaded'));
    useScanStore.setState({ answers: makeAnswers(() => 1) });
    const { user } = await renderApp('/results');
    const section = await screen.findByRole('region', { name: 'Hand in by QR code' });
    expect(
      await within(section).findByText(
        'The QR code could not be loaded. Check the connection and reload the page.',
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await within(screen.getByRole('region', { name: /QR-code/ })).findByText(
        /De QR-code kon niet laden/,
      ),
    ).toBeInTheDocument();
  });

  it('says when there is no camera and offers a photo of a code instead', async () => {
    camera.startCamera.mockResolvedValue(fail('unavailable'));
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    await user.click(screen.getByRole('button', { name: 'Scan QR codes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No camera can be used in this browser.');
    expect(within(alert).getByLabelText('Open a photo of a code')).toHaveAttribute(
      'accept',
      'image/*',
    );
    expect(screen.queryByLabelText('Camera preview')).not.toBeInTheDocument();
  });

  it('says when the camera is declined', async () => {
    camera.startCamera.mockResolvedValue(fail('denied'));
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    await user.click(screen.getByRole('button', { name: 'Scan QR codes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The camera was not allowed.');
  });

  it('reads codes from the camera one after another; a code still in view is reported once', async () => {
    const stop = vi.fn();
    const stopFrames = vi.fn();
    camera.startCamera.mockResolvedValue(ok({ stop }));
    let onFrame: FrameHandler = async () => {};
    camera.readFrames.mockImplementation((_video, handler) => {
      onFrame = handler;
      return stopFrames;
    });
    const frame = {} as ImageData;
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    await user.click(screen.getByRole('button', { name: 'Scan QR codes' }));
    expect(screen.getByLabelText('Camera preview')).toHaveAccessibleDescription(
      /hold a QR code up to the camera/,
    );
    await vi.waitFor(() => expect(camera.readFrames).toHaveBeenCalled());

    const log = screen.getByRole('log', { name: 'Codes read' });
    const show = async (text: string | null) => {
      qr.decodeQr.mockResolvedValueOnce(text);
      await act(() => onFrame(frame));
    };
    await show(memberLink('r-anna', 'Anna'));
    await show(memberLink('r-anna', 'Anna'));
    await show(null);
    await show(memberLink('r-bram', 'Bram'));
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓ Added Anna', '✓ Added Bram']);

    // Shown again after a pause: the same answers are already in and count once.
    const later = Date.now() + 10_000;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    await show(memberLink('r-anna', 'Anna'));
    expect(within(log).getAllByRole('listitem').at(-1)).toHaveTextContent('Already in: Anna');
    expect(screen.getByRole('heading', { name: '2 respondents' })).toBeInTheDocument();
    vi.restoreAllMocks();

    await user.click(screen.getByRole('button', { name: 'Stop camera' }));
    expect(stop).toHaveBeenCalled();
    expect(stopFrames).toHaveBeenCalled();
    expect(screen.queryByLabelText('Camera preview')).not.toBeInTheDocument();
  });

  it('turns the camera off when leaving the screen', async () => {
    const stop = vi.fn();
    camera.startCamera.mockResolvedValue(ok({ stop }));
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user, unmount } = await renderApp(`/workshop/${id}`);
    await user.click(screen.getByRole('button', { name: 'Scan QR codes' }));
    await vi.waitFor(() => expect(camera.startCamera).toHaveBeenCalled());
    await act(async () => {});
    unmount();
    expect(stop).toHaveBeenCalled();
    expect(qr.releaseQrDecoder).toHaveBeenCalled();
  });

  it('adds a respondent from a photo of a code, once, and names them in the log', async () => {
    qr.decodeQrFile.mockResolvedValue(ok(memberLink('r-anna', 'Anna')));
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    const photo = new File(['not really a picture'], 'anna.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('Open a photo of a code'), photo);

    const log = screen.getByRole('log', { name: 'Codes read' });
    expect(await within(log).findByText('Added Anna')).toBeInTheDocument();
    expect(qr.decodeQrFile).toHaveBeenCalledWith(photo);
    expect(screen.getByRole('heading', { name: '1 respondent' })).toBeInTheDocument();

    // The same code again counts once.
    await user.upload(screen.getByLabelText('Open a photo of a code'), photo);
    expect(await within(log).findByText('Already in: Anna')).toBeInTheDocument();
    expect(useSessionStore.getState().sessions[0]?.respondents).toHaveLength(1);
  });

  it('says so when a photo holds no code or something else', async () => {
    qr.decodeQrFile
      .mockResolvedValueOnce(fail('noCode'))
      .mockResolvedValueOnce(ok('https://example.org/'));
    const id = useSessionStore.getState().createSession('Members', 'merge');
    const { user } = await renderApp(`/workshop/${id}`);
    const photo = new File(['x'], 'blurry.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('Open a photo of a code'), photo);
    const log = screen.getByRole('log', { name: 'Codes read' });
    expect(await within(log).findByText('No QR code found in blurry.jpg.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Open a photo of a code'), photo);
    expect(await within(log).findByText(/^Not added: /)).toBeInTheDocument();
    expect(useSessionStore.getState().sessions[0]?.respondents).toHaveLength(0);
  });
});
