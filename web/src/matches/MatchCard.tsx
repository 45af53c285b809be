import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, call, type Schemas } from '../api/client';
import { useRegencyName } from '../components/RegencySelect';
import { daysSince, useFormat } from '../format';
import { notify } from '../components/notify';
import { actionsFor, isViewersMove, needsNote, waitingFor, type MatchEventType, type Viewer } from './match-rules';
import { MatchStatusBadge } from './MatchStatusBadge';

type Match = Schemas['MatchDto'];

/** What the viewer is to do when the match waits for them, by whom it waits for. */
const YOUR_MOVE = {
  curator: 'curator',
  both: 'answer',
  buyer: 'answer',
  supplier: 'answer',
  outcome: 'outcome',
} as const;

/** One introduction: between whom, where it stands, whose move it is, and what the viewer may do. */
export function MatchCard({ match, viewer }: { match: Match; viewer: Viewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regencyName = useRegencyName();
  const [showHistory, setShowHistory] = useState(false);
  const actions = actionsFor(match, viewer);
  const waiting = waitingFor(match);
  const myMove = isViewersMove(match, viewer);
  const titleId = `match-${match.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {viewer === 'curator' ? (
                // Curators go on to the request's ranked candidates, to shortlist more.
                <Anchor component={Link} to={`/curator/requests/${match.sourcingRequest.id}`} inherit>
                  {match.sourcingRequest.title}
                </Anchor>
              ) : (
                match.sourcingRequest.title
              )}
            </Title>
            <Text size="sm" c="dimmed">
              {t('matches.between', {
                buyer: match.sourcingRequest.buyerName,
                supplier: match.supplier.name,
                regency: regencyName(match.supplier.regencyCode),
              })}
            </Text>
          </div>
          <MatchStatusBadge status={match.status} />
        </Group>
        {waiting && (
          <Text size="sm" fw={myMove ? 600 : undefined} c={myMove ? 'blue.8' : undefined}>
            {myMove ? t(`matches.yourMove.${YOUR_MOVE[waiting]}`) : t(`matches.waiting.${waiting}`)}
          </Text>
        )}
        {match.status === 'introduced' && (match.buyerAccepted || match.supplierAccepted) && (
          <Text size="sm">
            {[
              match.buyerAccepted && t('matches.accepted.buyer'),
              match.supplierAccepted && t('matches.accepted.supplier'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {[
            t(`matches.origin.${match.requestedBy ?? 'curator'}`, { date: format.date(match.createdAt) }),
            match.introducedAt && t('matches.introducedOn', { date: format.date(match.introducedAt) }),
            t('matches.score', { score: format.number(match.score, 1) }),
            // Curators watch for matches that stall.
            viewer === 'curator' && t('matches.daysInStage', { count: daysSince(match.statusSince) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {match.status === 'won' && (match.contractValueIdr !== null || match.expectedJobs !== null) && (
          <Text size="sm">
            {[
              match.contractValueIdr !== null &&
                t('matches.outcome.value', { value: format.rupiah(match.contractValueIdr) }),
              match.expectedJobs !== null && t('matches.outcome.jobs', { count: match.expectedJobs }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        {match.note && (
          <Text size="sm" fs="italic">
            “{match.note}”
          </Text>
        )}
        {match.counterpartContact && <Contact contact={match.counterpartContact} viewer={viewer} />}
        {actions.length > 0 && <Actions match={match} viewer={viewer} actions={actions} />}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          aria-expanded={showHistory}
          onClick={() => setShowHistory((shown) => !shown)}
        >
          {t(showHistory ? 'matches.hideHistory' : 'matches.showHistory')}
        </Button>
        {showHistory && <History matchId={match.id} />}
      </Stack>
    </Paper>
  );
}

/** Indonesian mobile numbers (+628…) are WhatsApp numbers far more often than not; wa.me opens a chat. */
const whatsappLink = (phone: string) => (/^\+628\d{7,12}$/.test(phone) ? `https://wa.me/${phone.slice(1)}` : undefined);

/** The other side's contact, which the API shows both sides once both accepted. */
function Contact({ contact, viewer }: { contact: Schemas['ContactDto']; viewer: Viewer }) {
  const { t } = useTranslation();
  const whatsapp = contact.phone ? whatsappLink(contact.phone) : undefined;
  return (
    <Paper bg="teal.0" p="sm" radius="sm">
      <Text size="sm" fw={600}>
        {t(`matches.contact.${viewer === 'buyer' ? 'supplier' : 'buyer'}`)}
      </Text>
      <Group gap="md">
        <Anchor href={`mailto:${contact.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {contact.email}
        </Anchor>
        {contact.phone && (
          <Anchor href={`tel:${contact.phone}`} size="sm">
            {contact.phone}
          </Anchor>
        )}
        {whatsapp && (
          <Anchor href={whatsapp} target="_blank" rel="noopener noreferrer" size="sm" fw={600}>
            {t('matches.contact.whatsapp')}
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}

/** The fields of a step that have an input of their own, where the API's errors about them are shown. */
const PLACED_FIELDS = ['note', 'contractValueIdr', 'expectedJobs'];

/** Accepting is one tap; the rest ask for a word first (why it was declined, how it ended). */
function Actions({ match, viewer, actions }: { match: Match; viewer: Viewer; actions: MatchEventType[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<MatchEventType>();
  const [note, setNote] = useState('');
  const [requestFilled, setRequestFilled] = useState(false);
  // What a win brings the region, when the buyer knows it (the impact report adds these up).
  const [contractValueIdr, setContractValueIdr] = useState<number | string>('');
  const [expectedJobs, setExpectedJobs] = useState<number | string>('');
  const act = useMutation({
    mutationFn: (type: MatchEventType) =>
      call(
        api.POST('/api/v1/matches/{id}/events', {
          params: { path: { id: match.id } },
          body: {
            type,
            expectedVersion: match.version,
            ...(note.trim() && { note: note.trim() }),
            ...(type === 'win' && {
              requestFilled,
              ...(typeof contractValueIdr === 'number' && { contractValueIdr }),
              ...(typeof expectedJobs === 'number' && { expectedJobs }),
            }),
          },
        }),
      ),
    onSuccess: (_, type) => {
      notify(t(`matches.done.${type}`));
      setPending(undefined);
      setNote('');
    },
    // A stale version (someone acted first) answers 409: show the match as it is now, either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['matches'] }),
  });
  const noteRequired = pending !== undefined && needsNote(pending, viewer, match);
  // The API's field errors go under their inputs; the rest shows above the buttons.
  const fieldErrors = new Map(
    act.error instanceof ApiError ? (act.error.problem?.errors ?? []).map((e) => [e.field, e.message]) : [],
  );
  const allPlaced = fieldErrors.size > 0 && [...fieldErrors.keys()].every((field) => PLACED_FIELDS.includes(field));

  if (pending) {
    return (
      <Stack gap="xs">
        <Textarea
          label={t(noteRequired ? 'matches.reason' : 'matches.note')}
          required={noteRequired}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldErrors.get('note')}
        />
        {pending === 'win' && (
          <>
            <Checkbox
              label={t('matches.requestFilled')}
              checked={requestFilled}
              onChange={(event) => setRequestFilled(event.currentTarget.checked)}
            />
            <Group grow align="flex-start" gap="xs">
              <NumberInput
                label={t('matches.outcome.valueLabel')}
                description={t('matches.outcome.optional')}
                prefix="Rp "
                thousandSeparator="."
                decimalSeparator=","
                allowDecimal={false}
                allowNegative={false}
                value={contractValueIdr}
                onChange={setContractValueIdr}
                error={fieldErrors.get('contractValueIdr')}
              />
              <NumberInput
                label={t('matches.outcome.jobsLabel')}
                description={t('matches.outcome.optional')}
                allowDecimal={false}
                allowNegative={false}
                value={expectedJobs}
                onChange={setExpectedJobs}
                error={fieldErrors.get('expectedJobs')}
              />
            </Group>
          </>
        )}
        {act.isError && !allPlaced && (
          <Alert color="red" role="alert">
            {act.error.message}
          </Alert>
        )}
        <Group gap="xs">
          <Button
            color={pending === 'decline' || pending === 'withdraw' || pending === 'lose' ? 'red' : undefined}
            loading={act.isPending}
            disabled={noteRequired && !note.trim()}
            onClick={() => act.mutate(pending)}
          >
            {t(`matches.confirm.${pending}`)}
          </Button>
          <Button variant="default" onClick={() => setPending(undefined)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      {act.isError && (
        <Alert color="red" role="alert">
          {act.error.message}
        </Alert>
      )}
      <Group gap="xs">
        {actions.map((type) =>
          type === 'accept' || type === 'introduce' ? (
            <Button key={type} loading={act.isPending} onClick={() => act.mutate(type)}>
              {t(`matches.action.${type}`)}
            </Button>
          ) : (
            <Button key={type} variant="default" onClick={() => setPending(type)}>
              {t(`matches.action.${type}`)}
            </Button>
          ),
        )}
      </Group>
    </Stack>
  );
}

function History({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery({
    queryKey: ['matches', matchId, 'events'],
    queryFn: () => call(api.GET('/api/v1/matches/{id}/events', { params: { path: { id: matchId } } })),
  });
  if (!history.data) {
    return history.isError ? (
      <Text size="sm" c="red.8" role="alert">
        {history.error.message}
      </Text>
    ) : (
      <Text size="sm">{t('common.loading')}</Text>
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} active={history.data.items.length - 1}>
      {history.data.items.map((event) => (
        <Timeline.Item key={event.id} title={t(`matches.events.${event.type}`, { name: event.actorName })}>
          <Text size="xs" c="dimmed">
            {format.dateTime(event.createdAt)}
          </Text>
          {event.note && <Text size="sm">“{event.note}”</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
