import { gql } from '@apollo/client';

/** The child's whole picture: the ledger and each department's part, as far as the viewer may see. */
export const CHILD_PAGE = gql`
  query ChildPage($id: ID!) {
    child(id: $id) {
      id
      familyName
      givenName
      sex
      birthDate
      regionCode
      registeredAt
      provisional
      maskedResidentIdNumber
      residentIdNumber
      classification {
        categories {
          category
          rule
        }
        leftBehind
        inDifficulty
      }
      classificationHistory {
        at
        categories
        added
        removed
        reason
        decidedBy
      }
      circumstances {
        father
        mother
        seriousIllness
        disabilityCertificate
      }
      guardianship {
        situation
        validUntil
        daysLeft
      }
      visiting {
        riskLevel
        lastVisitOn
        nextVisitDue
      }
      visits {
        id
        kind
        visitedOn
        visitorName
        findings
        riskLevel
      }
      education {
        compulsoryEducationAge
        dropoutCases {
          id
          caseNumber
          status
          openedOn
          reportDueOn
          reportOverdue
        }
      }
      health {
        rehabAssistanceAge
        medicalAssistanceGroup
      }
      protection {
        forbiddenToLiveAlone
        openCases
        closedCases
        lastReportedAt
      }
      protectionCases {
        id
        status
        situationType
        openedAt
      }
      assistance {
        qualifiesFor {
          programme
          covered
        }
        benefits {
          id
          programme
          status
          monthlyAmountFen
          startDate
        }
      }
    }
  }
`;
